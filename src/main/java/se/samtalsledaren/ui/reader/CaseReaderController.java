package se.samtalsledaren.ui.reader;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Commentary;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.ui.Tooltips;
import se.samtalsledaren.ui.UiText;

/** Renders the case of {@link CaseReaderViewModel} as readable text; no logic of its own. */
public final class CaseReaderController {
    @FXML private VBox root;
    @FXML private VBox placeholder;
    @FXML private TabPane tabs;
    @FXML private Tab caseTab;
    @FXML private Tab commentaryTab;
    @FXML private Tab teachingTab;
    @FXML private ScrollPane teachingScroll;
    @FXML private VBox teachingContent;
    @FXML private Button editButton;
    @FXML private Label originLabel;
    @FXML private ScrollPane caseScroll;
    @FXML private ScrollPane commentaryScroll;
    @FXML private VBox caseContent;
    @FXML private VBox commentaryContent;
    @FXML private Label zoomLabel;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Button startSessionButton;

    private final CaseReaderViewModel vm;
    private final UiText text;
    private Pane tabsHolder;

    public CaseReaderController(CaseReaderViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        zoomLabel.textProperty().bind(vm.zoomPercent());
        zoomInButton.setOnAction(e -> vm.zoomIn());
        zoomOutButton.setOnAction(e -> vm.zoomOut());
        String zoomInTip = text.get("menu.view.zoomIn");
        String zoomOutTip = text.get("menu.view.zoomOut");
        Tooltips.onFirstHover(zoomInButton, () -> zoomInTip);
        Tooltips.onFirstHover(zoomOutButton, () -> zoomOutTip);
        // The case's origin in full, for when the label is cut short; made on first hover, since a
        // tooltip is a window of its own and the view may be built off the FX thread.
        Tooltips.onFirstHover(originLabel, () -> originLabel.getText().isEmpty() ? null : originLabel.getText());
        startSessionButton.setOnAction(e -> vm.startSession());
        startSessionButton.disableProperty().bind(vm.entryProperty().isNull());
        startSessionButton.setVisible(vm.offersSession());
        startSessionButton.setManaged(vm.offersSession());
        editButton.setOnAction(e -> vm.edit());
        editButton.disableProperty().bind(vm.entryProperty().isNull());
        editButton.setVisible(vm.offersEditing());
        editButton.setManaged(vm.offersEditing());
        tabs.getTabs().remove(teachingTab);
        for (VBox content : new VBox[] {caseContent, commentaryContent, teachingContent}) {
            content.styleProperty().bind(Bindings.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", vm.fontSize()));
            content.maxWidthProperty().bind(vm.lineLength());
        }
        tabs.visibleProperty().bind(vm.entryProperty().isNotNull());
        placeholder.visibleProperty().bind(vm.entryProperty().isNull());
        // The tabs join the view with the first case: until then only the placeholder shows, and
        // the first frame does not style and lay out two tabs of empty pages.
        tabsHolder = (Pane) tabs.getParent();
        tabsHolder.getChildren().remove(tabs);
        vm.entryProperty().addListener((o, a, b) -> render(b));
        vm.related().addListener((ListChangeListener<LibraryEntry>) c -> render(vm.entryProperty().get()));
        render(vm.entryProperty().get());
    }

    private void render(LibraryEntry entry) {
        caseContent.getChildren().clear();
        commentaryContent.getChildren().clear();
        teachingContent.getChildren().clear();
        if (entry == null) {
            originLabel.setText("");
            return;
        }
        if (tabs.getParent() == null) {
            tabsHolder.getChildren().add(tabs);
        }
        Case c = entry.value();
        showOrigin(entry);
        renderTeachingNotes(c);
        caseContent.getChildren().add(styled(new Label(text.get("reader.caseNumber", c.number())), "case-kicker"));
        caseContent.getChildren().add(styled(wrapped(c.title()), "case-title"));
        caseContent.getChildren().add(meta(c));
        caseContent.getChildren().add(relatedLinks());

        VBox thought = new VBox(6, styled(new Label(text.get("reader.thoughtAssociation")), "thought-heading"));
        for (String para : c.thoughtAssociation().split("\n\n")) {
            thought.getChildren().add(styled(wrapped(para), "thought-text"));
        }
        thought.getStyleClass().add("thought-association");
        caseContent.getChildren().add(thought);

        for (NarrativeBlock b : c.narrative()) {
            caseContent.getChildren().add(switch (b.type()) {
                case PARAGRAPH -> styled(wrapped(b.text()), "case-paragraph");
                case DIALOGUE -> styled(wrapped(b.text()), "case-dialogue");
                case SUBHEADING -> styled(wrapped(b.text()), "case-subheading");
            });
        }

        VBox questions = new VBox(10, styled(new Label(text.get("reader.questions")), "questions-heading"));
        int n = 1;
        for (Question q : c.questions()) {
            Label number = styled(new Label(n++ + "."), "question-number");
            Label qText = styled(wrapped(q.text()), "question-text");
            Label step = styled(new Label(text.get("reader.questionStep", q.step(), text.get("step." + q.step() + ".short"))), "question-step");
            VBox body = new VBox(2, qText, step);
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(10, number, body);
            row.getStyleClass().add("question");
            questions.getChildren().add(row);
        }
        questions.getStyleClass().add("questions");
        caseContent.getChildren().add(questions);
        caseContent.getChildren().add(styled(wrapped(attribution(c)), "attribution"));

        commentaryContent.getChildren().add(styled(wrapped(text.get("reader.commentaryIntro", c.number())), "commentary-intro"));
        if (c.commentary().isEmpty()) {
            commentaryContent.getChildren().add(styled(wrapped(text.get("reader.noCommentary")), "case-paragraph"));
        }
        for (Commentary k : c.commentary()) {
            VBox quote = new VBox(4, styled(wrapped(k.text()), "commentary-text"), styled(wrapped(k.location()), "commentary-location"));
            quote.getStyleClass().add("commentary");
            commentaryContent.getChildren().add(quote);
        }
        commentaryTab.setText(text.get("reader.tab.commentary", c.commentary().size()));
        caseScroll.setVvalue(0);
        commentaryScroll.setVvalue(0);
    }

    private void showOrigin(LibraryEntry entry) {
        editButton.setText(text.get(entry.readOnly() ? "reader.duplicate" : "reader.edit"));
        String where = entry.bundled() ? text.get("reader.origin.bundled")
                : entry.unsaved() ? text.get("reader.origin.unsaved")
                : text.get("reader.origin.folder", java.nio.file.Path.of(entry.origin()).resolve(entry.file()).toString());
        originLabel.setText(where);
        Tooltips.update(originLabel, where);
    }

    /**
     * The trainer's notes for the facilitator, in their own tab that exists only when there are
     * notes, and never in a participant's reader. Never shown unless the facilitator opens the tab.
     */
    private void renderTeachingNotes(Case c) {
        TeachingNotes t = c.teachingNotes();
        if (t.isEmpty() || !vm.showsTeachingNotes()) {
            tabs.getTabs().remove(teachingTab);
            return;
        }
        if (!tabs.getTabs().contains(teachingTab)) {
            tabs.getTabs().add(1, teachingTab);
        }
        teachingContent.getChildren().add(styled(wrapped(text.get("reader.teaching.intro")), "commentary-intro"));
        if (!t.learningObjectives().isEmpty()) {
            teachingContent.getChildren().add(notesSection("reader.teaching.objectives", t.learningObjectives()));
        }
        if (!t.openingQuestion().isEmpty()) {
            teachingContent.getChildren().add(notesSection("reader.teaching.opening", java.util.List.of(t.openingQuestion())));
        }
        if (!t.fightingIssues().isEmpty()) {
            teachingContent.getChildren().add(notesSection("reader.teaching.fighting", t.fightingIssues()));
        }
        if (!t.boardPlan().isEmpty()) {
            teachingContent.getChildren().add(notesSection("reader.teaching.board", t.boardPlan().stream()
                    .map(b -> b.area() + ": " + b.content()).toList()));
        }
        if (!t.suggestedMinutes().isEmpty()) {
            String plan = t.suggestedMinutes().entrySet().stream()
                    .map(e -> text.get("reader.teaching.phaseMinutes", text.get("phase." + e.getKey().key()), e.getValue()))
                    .collect(Collectors.joining("\n"));
            int sum = t.suggestedMinutes().values().stream().mapToInt(Integer::intValue).sum();
            teachingContent.getChildren().add(notesSection("reader.teaching.minutes",
                    java.util.List.of(plan, text.get("reader.teaching.minutesSum", sum))));
        }
        teachingScroll.setVvalue(0);
    }

    private VBox notesSection(String headingKey, java.util.List<String> items) {
        VBox box = new VBox(4, styled(new Label(text.get(headingKey)), "teaching-heading"));
        for (String item : items) {
            box.getChildren().add(styled(wrapped(items.size() > 1 ? "• " + item : item), "teaching-text"));
        }
        box.getStyleClass().add("teaching-section");
        return box;
    }

    private Node meta(Case c) {
        String themes = c.themes().isEmpty() ? "" : String.join(" · ", c.themes());
        String dims = c.dimensions().stream().map(d -> text.get("dimension." + d.key()))
                .collect(Collectors.joining(", "));
        Label label = wrapped(dims.isEmpty() ? themes : themes + "   |   " + text.get("reader.dimensions") + ": " + dims);
        return styled(label, "case-meta");
    }

    private Node relatedLinks() {
        FlowPane pane = new FlowPane(6, 2);
        pane.getStyleClass().add("related");
        if (vm.related().isEmpty()) {
            return pane;
        }
        pane.getChildren().add(styled(new Label(text.get("reader.related")), "related-label"));
        for (LibraryEntry r : vm.related()) {
            Hyperlink link = new Hyperlink(text.get("reader.caseShort", r.value().number()));
            Tooltips.onFirstHover(link, () -> r.value().label());
            link.setOnAction(e -> vm.openRelated(r));
            link.getStyleClass().add("related-link");
            pane.getChildren().add(link);
        }
        return pane;
    }

    private String attribution(Case c) {
        StringBuilder sb = new StringBuilder(text.get("reader.source"))
                .append(": ").append(c.source().publisher()).append(", ”").append(c.source().title()).append("”");
        if (!c.source().authors().isEmpty()) {
            sb.append(" (").append(String.join(", ", c.source().authors())).append(")");
        }
        if (!c.source().part().isEmpty()) {
            sb.append(". ").append(c.source().part());
        }
        sb.append('.');
        if (!c.source().note().isEmpty()) {
            sb.append(' ').append(c.source().note());
        }
        return sb.toString();
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    /** Shows the case text tab (e.g. after navigating to another case). */
    public void showCaseTab() {
        tabs.getSelectionModel().select(caseTab);
    }
}
