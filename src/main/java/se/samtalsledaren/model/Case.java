package se.samtalsledaren.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A leadership case: the text a group reads and the questions it discusses.
 *
 * @param id                 stable identifier, e.g. {@code skr-01}
 * @param number             the number shown to users
 * @param thoughtAssociation the introductory "Tankeassociation"
 * @param relatedCases       ids of related cases
 * @param teachingNotes      the trainer's notes for the facilitator; {@link TeachingNotes#NONE} when there are none
 */
public record Case(
        String id,
        int number,
        String title,
        String thoughtAssociation,
        List<NarrativeBlock> narrative,
        List<Question> questions,
        List<String> themes,
        Set<Dimension> dimensions,
        List<String> relatedCases,
        List<Commentary> commentary,
        Source source,
        TeachingNotes teachingNotes) {

    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(thoughtAssociation, "thoughtAssociation");
        Objects.requireNonNull(source, "source");
        narrative = List.copyOf(narrative);
        questions = List.copyOf(questions);
        themes = List.copyOf(themes);
        dimensions = dimensions.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(dimensions));
        relatedCases = List.copyOf(relatedCases);
        commentary = List.copyOf(commentary);
        teachingNotes = teachingNotes == null ? TeachingNotes.NONE : teachingNotes;
    }

    /** A case without teaching notes. */
    public Case(String id, int number, String title, String thoughtAssociation, List<NarrativeBlock> narrative,
                List<Question> questions, List<String> themes, Set<Dimension> dimensions, List<String> relatedCases,
                List<Commentary> commentary, Source source) {
        this(id, number, title, thoughtAssociation, narrative, questions, themes, dimensions, relatedCases,
                commentary, source, TeachingNotes.NONE);
    }

    /** The same case under another id. */
    public Case withId(String newId) {
        return new Case(newId, number, title, thoughtAssociation, narrative, questions, themes, dimensions,
                relatedCases, commentary, source, teachingNotes);
    }

    /** The questions mapped to one discussion step. */
    public List<Question> questionsFor(int step) {
        return questions.stream().filter(q -> q.step() == step).toList();
    }

    /** Every piece of text a reader sees, for searching. */
    public Stream<String> texts() {
        return Stream.of(
                Stream.of(title, thoughtAssociation),
                narrative.stream().map(NarrativeBlock::text),
                questions.stream().map(Question::text),
                themes.stream()).flatMap(s -> s);
    }

    /** Display label such as "Case 3: Prioriteringar i politiken …". */
    public String label() {
        return "Case " + number + ": " + title;
    }
}
