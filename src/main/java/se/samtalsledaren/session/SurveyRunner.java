package se.samtalsledaren.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import se.samtalsledaren.model.AnswerCounts;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.SurveyComment;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.SurveyScale;
import se.samtalsledaren.model.SurveyTemplate;

/**
 * The pulse survey of one session: the facilitator chooses, rewords and adds questions, runs the
 * före and efter rounds, and enters counts by hand (a show of hands, paper); participants answer
 * once per round from their phones, anonymously.
 *
 * <p>Anonymity: an answer changes only the counts of its question, role and value, and a comment
 * is kept without who wrote it or their role, in an order that says nothing about when it came
 * (sorted by text). Which participants have answered a round is known only to this object, in
 * memory, so that each answers once; it never reaches the session and so never the file. Use one
 * instance per open session (the window's, which the room shares). Not thread-safe, like the
 * {@link SessionRunner} it changes.
 */
public final class SurveyRunner {
    /** The most answers of one value the facilitator can enter by hand (a large hall). */
    public static final int MAX_HAND_COUNT = 10_000;

    private final SessionRunner runner;
    private final Supplier<String> ids;
    private final Map<BeforeAfter, Set<String>> answered = new EnumMap<>(BeforeAfter.class);

    /** @param ids fresh ids for questions and comments */
    public SurveyRunner(SessionRunner runner, Supplier<String> ids) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public Survey state() {
        return runner.session().survey();
    }

    private void set(Survey s) {
        runner.update(runner.session().withSurvey(s));
    }

    // ---- the questions ------------------------------------------------------------------------

    private Survey editable() {
        Survey s = state();
        if (s.locked()) {
            throw new Refused(Refused.Reason.SURVEY_LOCKED, "a round has run");
        }
        return s;
    }

    /** Starts the survey from a template: its name and its questions, in place of any before. */
    public void useTemplate(SurveyTemplate template) {
        editable();
        List<SurveyQuestion> questions = template.questions().stream()
                .map(q -> new SurveyQuestion(ids.get(), q.number(), q.text())).toList();
        set(new Survey(template.name(), questions, List.of()));
    }

    public void setTitle(String title) {
        set(state().withTitle(text(title, Survey.MAX_TITLE, true)));
    }

    /** Adds a question of the facilitator's own at the end. */
    public SurveyQuestion addQuestion(String questionText) {
        Survey s = editable();
        if (s.questions().size() >= Survey.MAX_QUESTIONS) {
            throw new Refused(Refused.Reason.BAD_TEXT, "at most " + Survey.MAX_QUESTIONS + " questions");
        }
        SurveyQuestion q = new SurveyQuestion(ids.get(), "", text(questionText, SurveyQuestion.MAX_TEXT, false));
        set(s.withQuestions(Lists.append(s.questions(), q)));
        return q;
    }

    public void rewordQuestion(String questionId, String questionText) {
        Survey s = editable();
        String t = text(questionText, SurveyQuestion.MAX_TEXT, false);
        set(s.withQuestions(Lists.replace(s.questions(), SurveyQuestion::id, questionId, q -> q.withText(t))));
    }

    public void removeQuestion(String questionId) {
        Survey s = editable();
        set(s.withQuestions(Lists.remove(s.questions(), SurveyQuestion::id, questionId)));
    }

    public void moveQuestion(String questionId, int delta) {
        Survey s = editable();
        set(s.withQuestions(Lists.moveBy(s.questions(), SurveyQuestion::id, questionId, delta)));
    }

    /** The questions as a template of the facilitator's own, to keep for other sessions. */
    public SurveyTemplate asTemplate(String name) {
        return new SurveyTemplate(text(name, SurveyTemplate.MAX_NAME, false), "", state().questions());
    }

    private static String text(String t, int max, boolean blankAllowed) {
        String s = t == null ? "" : t.strip();
        if ((!blankAllowed && s.isEmpty()) || s.length() > max) {
            throw new Refused(Refused.Reason.BAD_TEXT, s.isEmpty() ? "empty" : "longer than " + max);
        }
        return s;
    }

    // ---- rounds -------------------------------------------------------------------------------

    /**
     * Opens a round: the first time it starts it, later it takes answers again (those it has are
     * kept, and who has answered is still remembered while the session stays open).
     */
    public void openRound(BeforeAfter when) {
        Survey s = state();
        if (s.questions().isEmpty()) {
            throw new Refused(Refused.Reason.NO_QUESTIONS, "nothing to ask");
        }
        s.openRound().filter(r -> r.when() != when).ifPresent(r -> {
            throw new Refused(Refused.Reason.ROUND_OPEN, r.when().key());
        });
        SurveyRound round = s.round(when).map(r -> r.open() ? r : r.reopened()).orElse(SurveyRound.open(when, runner.now()));
        set(s.withRound(round));
    }

    /** Closes the open round (nothing happens when none is open). */
    public void closeRound() {
        Survey s = state();
        s.openRound().ifPresent(r -> {
            Instant now = runner.now();
            set(s.withRound(r.closedAt(now.isBefore(r.opened()) ? r.opened() : now)));
        });
    }

    /** Whether the participant has sent their answers to this round while the session has been open. */
    public boolean hasAnswered(BeforeAfter when, String participantId) {
        return answered.getOrDefault(when, Set.of()).contains(participantId);
    }

    /**
     * A participant's answers to the open round, taken once: {@code values} maps question ids to
     * 1..5 or {@link SurveyScale#DONT_KNOW} (a question left out is not answered), {@code comments}
     * question ids to an optional comment. Everything is checked before anything counts.
     */
    public void submit(String participantId, Map<String, Integer> values, Map<String, String> comments) {
        Session session = runner.session();
        Participant p = session.participant(participantId)
                .orElseThrow(() -> new Refused(Refused.Reason.UNKNOWN_PARTICIPANT, participantId));
        Survey s = state();
        SurveyRound round = s.openRound().orElseThrow(() -> new Refused(Refused.Reason.ROUND_CLOSED, "no round is open"));
        if (hasAnswered(round.when(), participantId)) {
            throw new Refused(Refused.Reason.ALREADY_ANSWERED, round.when().key());
        }
        values.forEach((questionId, value) -> {
            if (s.question(questionId).isEmpty() || value == null || !SurveyScale.valid(value)) {
                throw new Refused(Refused.Reason.BAD_ANSWER, questionId + "=" + value);
            }
        });
        Map<String, String> cleanComments = new LinkedHashMap<>();
        comments.forEach((questionId, comment) -> {
            if (s.question(questionId).isEmpty()) {
                throw new Refused(Refused.Reason.BAD_ANSWER, questionId);
            }
            String c = comment == null ? "" : comment.strip();
            if (c.length() > SurveyComment.MAX_TEXT) {
                throw new Refused(Refused.Reason.BAD_TEXT, "comment longer than " + SurveyComment.MAX_TEXT);
            }
            if (!c.isEmpty()) {
                cleanComments.put(questionId, c);
            }
        });
        if (values.isEmpty() && cleanComments.isEmpty()) {
            throw new Refused(Refused.Reason.BAD_ANSWER, "nothing answered");
        }
        SurveyRound next = round;
        for (Map.Entry<String, Integer> v : values.entrySet()) {
            AnswerCounts c = next.counts(v.getKey(), p.role());
            next = next.withCounts(c.with(v.getValue(), c.of(v.getValue()) + 1));
        }
        Map<Role, Integer> respondents = new EnumMap<>(Role.class);
        respondents.putAll(next.respondents());
        respondents.merge(p.role(), 1, Integer::sum);
        next = next.withRespondents(respondents);
        if (!cleanComments.isEmpty()) {
            List<SurveyComment> all = new ArrayList<>(next.comments());
            cleanComments.forEach((questionId, c) -> all.add(new SurveyComment(ids.get(), questionId, c, false)));
            next = next.withComments(sortedComments(s, all));
        }
        answered.computeIfAbsent(round.when(), k -> new HashSet<>()).add(participantId);
        set(s.withRound(next));
    }

    /** Comments in question order and, within a question, by text: an order that does not tell when each came. */
    private static List<SurveyComment> sortedComments(Survey s, List<SurveyComment> comments) {
        List<String> order = s.questions().stream().map(SurveyQuestion::id).toList();
        List<SurveyComment> sorted = new ArrayList<>(comments);
        sorted.sort(Comparator.comparingInt((SurveyComment c) -> order.indexOf(c.questionId()))
                .thenComparing(SurveyComment::text).thenComparing(SurveyComment::id));
        return sorted;
    }

    /**
     * Sets by hand how many of {@code role} gave {@code value} to a question in a round that has
     * run or runs (a show of hands, paper forms); phones' answers are in the same counts.
     */
    public void setCount(BeforeAfter when, String questionId, Role role, int value, int count) {
        Survey s = state();
        SurveyRound round = s.round(when).orElseThrow(() -> new Refused(Refused.Reason.ROUND_CLOSED, when.key() + " has not run"));
        if (s.question(questionId).isEmpty() || !SurveyScale.valid(value) || count < 0 || count > MAX_HAND_COUNT) {
            throw new Refused(Refused.Reason.BAD_ANSWER, questionId + "=" + value + "×" + count);
        }
        AnswerCounts c = round.counts(questionId, role);
        if (c.of(value) != count) {
            set(s.withRound(round.withCounts(c.with(value, count))));
        }
    }

    /** Picks a comment to show as a quote (*Citat ur enkäten*), or takes it back. */
    public void setQuoted(BeforeAfter when, String commentId, boolean quoted) {
        Survey s = state();
        SurveyRound round = s.round(when).orElseThrow(() -> new Refused(Refused.Reason.ROUND_CLOSED, when.key()));
        set(s.withRound(round.withComments(Lists.replace(round.comments(), SurveyComment::id, commentId, c -> c.withQuoted(quoted)))));
    }
}
