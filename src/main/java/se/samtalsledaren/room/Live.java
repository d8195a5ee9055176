package se.samtalsledaren.room;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.Airtime;
import se.samtalsledaren.session.FloorRunner;
import se.samtalsledaren.session.SessionRunner;

/**
 * What one participant's phone shows of the workshop now: the phase and its questions, the
 * step timer, who has the floor and who is next, the participant's own hand and, when the
 * facilitator allows it, their own airtime. Built from a snapshot by picking these fields one by
 * one, so nothing else of the session (notes, solutions, agreements, other preparations) can
 * reach a phone. Times are as of the moment it was built; the page counts on from there.
 *
 * @param phase      the phase's key ({@code step2})
 * @param title      the phase's name in the phone's language
 * @param purpose    what the phase is for
 * @param questions  the case's questions of this phase (all of them while preparing)
 * @param plannedMs  the phase's planned time
 * @param elapsedMs  time spent in the phase so far
 * @param running    whether the step timer runs
 * @param speaker    the name of who has the floor, or empty
 * @param speaking   whether the speaker's clock runs
 * @param mine       whether this participant has the floor
 * @param slotMs     the length of a speaking slot in this phase
 * @param slotElapsedMs what the speaker has used of the slot
 * @param upNext     the first names in the queue (at most three)
 * @param hand       whether this participant's hand is up
 * @param position   this participant's place in the queue from 1, or 0
 * @param showAirtime whether the facilitator lets participants see their own airtime
 * @param airtimeMs  this participant's airtime in the session (0 unless shown)
 * @param turns      this participant's turns (0 unless shown)
 * @param turnsText  the turns as the page says it ("3 turer")
 * @param voteOpen   whether a dot vote is open (the page invites to it)
 * @param surveyOpen whether a survey round is open (the page invites to it)
 */
public record Live(String phase, String title, String purpose, List<QuestionView> questions, long plannedMs,
                   long elapsedMs, boolean running, String speaker, boolean speaking, boolean mine, long slotMs, long slotElapsedMs,
                   List<String> upNext, boolean hand, int position, boolean showAirtime, long airtimeMs, int turns, String turnsText,
                   boolean voteOpen, boolean surveyOpen) {

    /** A question as a participant sees it: its number in the case, its step and text. */
    public record QuestionView(int number, int step, String text) {}

    public static Live of(Session s, Case c, String participantId, boolean showAirtime, Clock clock, WebText t) {
        // A runner of its own over the snapshot, read only: the same timer logic as the facilitator's window.
        SessionRunner read = new SessionRunner(s, clock, () -> {
            throw new IllegalStateException("read only");
        });
        FloorRunner floor = new FloorRunner(read);
        Phase p = s.current();
        Floor f = s.floor();
        List<QuestionView> qs = questionsOf(c, p);
        String speaker = f.speaker() == null ? "" : name(s, f.speaker());
        List<String> next = f.queue().stream().limit(3).map(id -> name(s, id)).toList();
        int position = f.queue().indexOf(participantId) + 1;
        Airtime.Tally own = showAirtime ? floor.airtime().of(participantId) : Airtime.Tally.NONE;
        return new Live(p.key(), t.get("phase." + p.key()), t.get("phase." + p.key() + ".purpose"), qs,
                read.planned(p).toMillis(), read.elapsed(p).toMillis(), read.running(), speaker, f.speaking(), participantId.equals(f.speaker()),
                floor.slotLength().toMillis(), floor.slotElapsed().toMillis(), next, position > 0, position, showAirtime,
                own.time().toMillis(), own.turns(), t.get("web.now.turns", own.turns()),
                s.dotVote().open().isPresent(), s.survey().openRound().isPresent());
    }

    /** The questions shown in a phase: all while preparing, the step's own in a step, none when closing. */
    static List<QuestionView> questionsOf(Case c, Phase p) {
        List<Question> all = c.questions();
        return java.util.stream.IntStream.range(0, all.size())
                .filter(i -> p == Phase.PREPARATION || p.isStep() && all.get(i).step() == p.step())
                .mapToObj(i -> new QuestionView(i + 1, all.get(i).step(), all.get(i).text())).toList();
    }

    private static String name(Session s, String participantId) {
        return s.participant(participantId).map(Participant::name).orElse("–");
    }

    /** The step timer as the page first shows it: time left (or over), mm:ss. */
    public String timerText() {
        return clock(Duration.ofMillis(plannedMs - elapsedMs));
    }

    public boolean over() {
        return elapsedMs > plannedMs;
    }

    /** What is left of the speaker's slot, mm:ss. */
    public String slotText() {
        return clock(Duration.ofMillis(slotMs - slotElapsedMs));
    }

    public String airtimeText() {
        return clock(Duration.ofMillis(airtimeMs));
    }

    /** mm:ss, or h:mm:ss past an hour; the sign is dropped (the caption says "over"). */
    static String clock(Duration d) {
        long s = d.abs().toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }
}
