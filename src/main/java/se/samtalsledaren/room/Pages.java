package se.samtalsledaren.room;

import java.util.List;
import java.util.Map;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Phase;

/**
 * What each page template ({@code src/main/jte}) is given: only what the page shows, already
 * chosen for a participant. The templates escape every value they print.
 */
public final class Pages {
    private Pages() {}

    /** The start page: type the room code. {@code error} is a message to show, or empty. */
    public record Code(WebText t, String error, String typed) {}

    /** One participant to pick on the join page. */
    public record Choice(String id, String label, boolean taken) {}

    /**
     * The join page.
     *
     * @param action    where the form posts ({@code /j/<token>})
     * @param caseLabel "Case 11: …"
     * @param joinedAs  the name of the participant this phone already joined as, or empty
     * @param choices   the session's participants
     * @param walkIns   whether the facilitator lets people not on the list join
     * @param roles     role key to its name, for the walk-in form
     * @param error     a message to show, or empty
     */
    public record Join(WebText t, String action, String caseLabel, String joinedAs, List<Choice> choices,
                       boolean walkIns, Map<String, String> roles, String name, String role, String error) {}

    /**
     * The live page. {@code json} is the same state {@code /p/state} answers, for the script;
     * {@code pollMs} how often it asks when live events are not available.
     */
    public record Now(WebText t, String name, Live live, String json, long pollMs) {}

    /** A block of the case text as the page shows it. */
    public record Block(String kind, String text) {}

    /** The case as participants read it: no teaching notes, no commentary. */
    public record Reading(WebText t, String label, String thoughtAssociation, List<Block> narrative,
                          List<Live.QuestionView> questions) {
        static Reading of(WebText t, Case c) {
            List<Block> blocks = c.narrative().stream().map(Pages::block).toList();
            return new Reading(t, c.label(), c.thoughtAssociation(), blocks, Live.questionsOf(c, Phase.PREPARATION));
        }
    }

    private static Block block(NarrativeBlock b) {
        return new Block(b.type() == BlockType.SUBHEADING ? "h" : b.type() == BlockType.DIALOGUE ? "d" : "p", b.text());
    }

    /** One field to type in: its name ({@code q3}, {@code s2}), label and text so far. */
    public record Field(String name, String label, String hint, String text) {}

    /** One step of the preparation page: its name and fields (its questions, then the step's own). */
    public record PrepStep(String title, String purpose, List<Field> fields) {}

    /** The preparation page; {@code saved} says the form was just saved (without script). */
    public record Prep(WebText t, String name, List<PrepStep> steps, int maxChars, boolean saved) {}

    /** A page with a message: a heading, a text and, when there is somewhere to go, a link. */
    public record Message(WebText t, String title, String text, String linkHref, String linkText) {}

    /** One solution on the dot-vote page: its id, its text and the participant's dots on it. */
    public record VoteRow(String id, String text, int mine) {}

    /**
     * The dot-vote page: while a vote is open, the solutions voted on with the participant's own
     * dots (never anyone else's), the dots per participant and those left.
     */
    public record Vote(WebText t, String name, boolean open, int dots, boolean stack, int left, List<VoteRow> rows,
                       boolean saved, String error) {}

    /** One statement on the survey page. */
    public record SurveyItem(String id, String label) {}

    /**
     * The survey page: the open round's statements, each with the answers (1..5, vet inte) and an
     * optional comment, or that the participant has answered, or that no round is open.
     */
    public record Survey(WebText t, String name, String heading, boolean open, String round, boolean answered,
                         List<SurveyItem> questions, List<Choice> answers, int maxComment, String error) {}
}
