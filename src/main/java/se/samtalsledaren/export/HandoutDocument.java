package se.samtalsledaren.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samtalsledaren.export.Block.Heading;
import se.samtalsledaren.export.Block.Item;
import se.samtalsledaren.export.Block.ItemList;
import se.samtalsledaren.export.Block.Paragraph;
import se.samtalsledaren.export.Block.WritingSpace;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Question;

/**
 * The participants' preparation handout for a case ("individuell förberedelsetid"): the case
 * text, each question with room to write, and the five steps of the conversation in brief.
 */
public final class HandoutDocument {
    /** Ruled lines under each question. */
    static final int LINES_PER_QUESTION = 6;
    /** The language of the case texts. */
    static final Locale CASE_LANGUAGE = Labels.SWEDISH;

    private final Labels labels;

    public HandoutDocument(Labels labels) {
        this.labels = labels;
    }

    public ExportDocument build(Case c) {
        List<Block> b = new ArrayList<>();
        String caseLabel = labels.get("session.caseValue", c.number(), c.title());
        b.add(new Heading(1, "Case " + caseLabel));
        b.add(new Paragraph(labels.get("handout.title"), Paragraph.Style.LEAD));
        b.add(new Paragraph(labels.get("handout.lead")));

        b.add(new Heading(2, labels.get("handout.thought")));
        List<Block> thought = new ArrayList<>();
        for (String para : c.thoughtAssociation().split("\n\n")) {
            thought.add(new Paragraph(para, Paragraph.Style.QUOTE));
        }
        b.addAll(inCaseLanguage(thought));
        b.add(new Heading(2, labels.get("handout.case")));
        List<Block> narrative = new ArrayList<>();
        for (NarrativeBlock n : c.narrative()) {
            narrative.add(switch (n.type()) {
                case SUBHEADING -> new Heading(3, n.text());
                case PARAGRAPH, DIALOGUE -> new Paragraph(n.text());
            });
        }
        b.addAll(inCaseLanguage(narrative));

        b.add(new Heading(2, labels.get("handout.questions")));
        int number = 1;
        for (Question q : c.questions()) {
            b.addAll(inCaseLanguage(List.of(new Heading(3, number++ + ". " + q.text() + " " + labels.get("handout.questionStep", q.step())))));
            b.add(new WritingSpace(LINES_PER_QUESTION));
        }

        b.add(new Heading(2, labels.get("handout.steps")));
        b.add(new Paragraph(labels.get("handout.steps.intro")));
        List<Item> steps = new ArrayList<>();
        for (int step = 1; step <= 5; step++) {
            steps.add(new Item(labels.get("handout.step." + step), ""));
        }
        b.add(new ItemList(true, steps));
        b.add(new Heading(3, labels.get("handout.notes")));
        b.add(new WritingSpace(8));
        b.add(new Paragraph(labels.get("handout.source", c.source().publisher(), c.source().title(), c.source().note()),
                Paragraph.Style.SMALL));
        return new ExportDocument("Case " + caseLabel + " – " + labels.get("handout.header"),
                new ExportDocument.PageHeader("Case " + caseLabel, labels.get("handout.header"), labels.get("page")), b,
                labels.language());
    }

    /** The case's own text (Swedish, as SKR wrote it), marked as such in a document of another language. */
    private List<Block> inCaseLanguage(List<Block> blocks) {
        return labels.language().getLanguage().equals(CASE_LANGUAGE.getLanguage()) ? blocks
                : List.of(new Block.InLanguage(CASE_LANGUAGE, blocks));
    }
}
