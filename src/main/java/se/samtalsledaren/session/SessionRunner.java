package se.samtalsledaren.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.SpeakingTurn;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.model.TimeSegment;

/**
 * The facilitation logic of one session: the phase flow, the phase timers and their honest time
 * log, notes, solutions and their prioritisation, agreements, imported preparations. It holds the
 * one session state; the floor's logic (queue, slots, rounds, airtime) is the {@link FloorRunner}
 * beside it, which changes the same state through {@link #update}. Every reading of time comes from
 * the injected {@link Clock}; nothing counts ticks, so a timer cannot drift, and tests drive a
 * fake clock without sleeping. Not thread-safe: use it from one thread (the UI thread).
 */
public final class SessionRunner {
    private final Clock clock;
    private final Supplier<String> ids;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Session session;

    /**
     * @param session the session to run (new, or reopened from a file)
     * @param ids     source of fresh ids for notes, solutions and agreements
     */
    public SessionRunner(Session session, Clock clock, Supplier<String> ids) {
        this.session = Objects.requireNonNull(session, "session");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public Session session() {
        return session;
    }

    /**
     * The clock's time, but never earlier than the last instant in the session's logs: a session
     * reopened on a machine whose clock is behind (another computer, a corrected clock) goes on
     * from where its log ends instead of logging time that runs backwards, which no file could hold.
     */
    public Instant now() {
        return TimeUsed.now(session, clock);
    }

    /** Called after every change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void set(Session next) {
        session = next;
        listeners.forEach(Runnable::run);
    }

    /** Replaces the session after a change made beside the runner (the {@link FloorRunner}'s). */
    void update(Session next) {
        set(Objects.requireNonNull(next, "next"));
    }

    // ---- phase flow and timers ------------------------------------------------------------

    public Phase current() {
        return session.current();
    }

    public boolean running() {
        List<TimeSegment> log = session.timeLog();
        return !log.isEmpty() && log.get(log.size() - 1).open();
    }

    /** Starts (or resumes) timing the current phase. */
    public void start() {
        if (!running()) {
            set(session.withTimeLog(Lists.append(session.timeLog(), new TimeSegment(current(), now(), null)), current()));
        }
    }

    public void resume() {
        start();
    }

    /** Stops the clock of the current phase; nothing is counted until {@link #resume()}. */
    public void pause() {
        if (running()) {
            Instant t = now();
            set(session.withTimeLog(closeOpen(t), current()).withFloor(FloorRunner.stopTurn(session.floor(), t)));
        }
    }

    public void togglePause() {
        if (running()) {
            pause();
        } else {
            resume();
        }
    }

    /**
     * Whether going to {@code target} skips the analysis: the report's "common error" of jumping
     * to solutions before the situation is understood. True for step 3 or later while step 1
     * has no notes.
     */
    public boolean skipsAnalysis(Phase target) {
        return target.ordinal() >= Phase.STEP_3.ordinal() && session.notesFor(Phase.STEP_1).isEmpty();
    }

    /** Moves to another phase; when the clock runs, time from now on counts for {@code target}. */
    public void goTo(Phase target) {
        if (target == current()) {
            return;
        }
        if (running()) {
            Instant t = now();
            List<TimeSegment> log = closeOpen(t);
            log.add(new TimeSegment(target, t, null));
            set(session.withTimeLog(log, target).withFloor(FloorRunner.continueIn(session.floor(), target, t)));
        } else {
            set(session.withTimeLog(session.timeLog(), target));
        }
    }

    public void next() {
        current().next().ifPresent(this::goTo);
    }

    public void previous() {
        current().previous().ifPresent(this::goTo);
    }

    private List<TimeSegment> closeOpen(Instant t) {
        List<TimeSegment> log = new ArrayList<>(session.timeLog());
        int last = log.size() - 1;
        if (last >= 0 && log.get(last).open()) {
            log.set(last, log.get(last).closedAt(t));
        }
        return log;
    }

    /** Adds (or with a negative value removes) planned minutes to a phase during the session. */
    public void addTime(Phase phase, int minutes) {
        Map<Phase, Integer> added = new EnumMap<>(Phase.class);
        added.putAll(session.addedMinutes());
        int total = session.plan().plannedMinutes(phase) + added.getOrDefault(phase, 0) + minutes;
        int clamped = Math.max(0, total) - session.plan().plannedMinutes(phase);
        added.put(phase, clamped);
        set(session.withAddedMinutes(added));
    }

    /** Time actually spent in a phase, over every visit, counting a running one up to now ({@link TimeUsed}). */
    public Duration elapsed(Phase phase) {
        return TimeUsed.of(session, now()).phase(phase);
    }

    public Duration totalElapsed() {
        return TimeUsed.of(session, now()).total();
    }

    public Duration planned(Phase phase) {
        return Duration.ofMinutes(session.plannedMinutes(phase));
    }

    /** Planned minus elapsed; negative when the phase has run over. */
    public Duration remaining(Phase phase) {
        return planned(phase).minus(elapsed(phase));
    }

    public TimerLevel level(Phase phase) {
        return TimerLevel.of(remaining(phase).toMillis(), planned(phase).toMillis());
    }

    /**
     * How far behind (positive) or ahead (negative) of the plan the session is: what the phases
     * before the current one took beyond their plan, plus the current phase's overrun.
     */
    public Duration behindSchedule() {
        Duration d = Duration.ZERO;
        for (Phase p : Phase.values()) {
            if (p.ordinal() < current().ordinal()) {
                d = d.plus(elapsed(p).minus(planned(p)));
            }
        }
        Duration overrun = elapsed(current()).minus(planned(current()));
        return overrun.isNegative() ? d : d.plus(overrun);
    }

    /**
     * What each later phase would get if the current one runs to its plan from now on (or, when
     * it has already run over, stops now): the time left of the session's total, shared among
     * the later phases in proportion to what is still planned for them.
     */
    public Map<Phase, Duration> projection() {
        Duration currentLeft = remaining(current()).isNegative() ? Duration.ZERO : remaining(current());
        Duration available = Duration.ofMinutes(session.plan().totalMinutes()).minus(totalElapsed()).minus(currentLeft);
        if (available.isNegative()) {
            available = Duration.ZERO;
        }
        Map<Phase, Duration> stillPlanned = new EnumMap<>(Phase.class);
        long sum = 0;
        for (Phase p : Phase.values()) {
            if (p.ordinal() > current().ordinal()) {
                Duration left = remaining(p).isNegative() ? Duration.ZERO : remaining(p);
                stillPlanned.put(p, left);
                sum += left.toMillis();
            }
        }
        Map<Phase, Duration> out = new EnumMap<>(Phase.class);
        for (Map.Entry<Phase, Duration> e : stillPlanned.entrySet()) {
            long share = sum == 0 ? 0 : Math.round((double) available.toMillis() * e.getValue().toMillis() / sum);
            out.put(e.getKey(), Duration.ofMillis(share));
        }
        return out;
    }

    // ---- set-up ---------------------------------------------------------------------------

    public void setInfo(SessionInfo info) {
        set(session.withInfo(info));
    }

    public void setParticipants(List<Participant> participants) {
        set(session.withParticipants(participants));
    }

    public void setPlan(TimePlan plan) {
        set(session.withPlan(plan));
    }

    // ---- notes ----------------------------------------------------------------------------

    /** Adds a note at the end of a step's list. */
    public Note addNote(Phase step, String text, String participantId, Dimension dimension) {
        return insertNote(step, session.notesFor(requireStep(step)).size(), text, participantId, dimension);
    }

    /** Inserts a note at {@code index} of a step's list (Enter after a point adds the next one). */
    public Note insertNote(Phase step, int index, String text, String participantId, Dimension dimension) {
        Note note = new Note(ids.get(), text, participantId, dimension);
        set(session.withNotes(requireStep(step), Lists.insert(session.notesFor(step), index, note)));
        return note;
    }

    public void updateNote(Phase step, String noteId, UnaryOperator<Note> change) {
        set(session.withNotes(step, Lists.replace(session.notesFor(requireStep(step)), Note::id, noteId, change)));
    }

    public void moveNote(Phase step, String noteId, int delta) {
        set(session.withNotes(step, Lists.moveBy(session.notesFor(requireStep(step)), Note::id, noteId, delta)));
    }

    public void removeNote(Phase step, String noteId) {
        set(session.withNotes(step, Lists.remove(session.notesFor(requireStep(step)), Note::id, noteId)));
    }

    private static Phase requireStep(Phase p) {
        if (!p.isStep()) {
            throw new IllegalArgumentException("notes belong to discussion steps, not " + p.key());
        }
        return p;
    }

    // ---- participants' preparations ------------------------------------------------------

    /** Adds imported preparations; a re-sent one (same id) replaces the earlier import. */
    public void importPreparations(List<Preparation> imported) {
        set(session.withPreparations(Preparations.merge(session.preparations(), imported)));
    }

    public void removePreparation(String preparationId) {
        set(session.withPreparations(Lists.remove(session.preparations(), Preparation::id, preparationId)));
    }

    // ---- solutions (step 3), priorities (step 4), consequences (step 5) --------------------

    public Solution addSolution(String text, String participantId) {
        Solution s = Solution.proposed(ids.get(), text, participantId);
        set(session.withSolutions(Lists.append(session.solutions(), s)));
        return s;
    }

    public void updateSolution(String solutionId, UnaryOperator<Solution> change) {
        set(session.withSolutions(Lists.replace(session.solutions(), Solution::id, solutionId, change)));
    }

    /** Moves a solution up (negative) or down (positive) in the ranking. */
    public void moveSolution(String solutionId, int delta) {
        set(session.withSolutions(Lists.moveBy(session.solutions(), Solution::id, solutionId, delta)));
    }

    /** Moves a solution to a rank (0-based), e.g. after a drag. */
    public void moveSolutionTo(String solutionId, int index) {
        set(session.withSolutions(Lists.moveTo(session.solutions(), Solution::id, solutionId, index)));
    }

    public void removeSolution(String solutionId) {
        set(session.withSolutions(Lists.remove(session.solutions(), Solution::id, solutionId)));
    }

    public void setVotes(String solutionId, String participantId, int votes) {
        updateSolution(solutionId, s -> s.withVotes(participantId, votes));
    }

    /** Ranks the solutions by total votes, most first; ties keep their current order. */
    public void sortByVotes() {
        List<Solution> sorted = new ArrayList<>(session.solutions());
        sorted.sort(Comparator.comparingInt(Solution::totalVotes).reversed());
        set(session.withSolutions(sorted));
    }

    public List<Solution> chosenSolutions() {
        return session.solutions().stream().filter(Solution::chosen).toList();
    }

    // ---- agreements -----------------------------------------------------------------------

    public Agreement addAgreement(String what, String who, java.time.LocalDate due) {
        Agreement a = new Agreement(ids.get(), what, who, due);
        set(session.withAgreements(Lists.append(session.agreements(), a)));
        return a;
    }

    public void updateAgreement(String agreementId, UnaryOperator<Agreement> change) {
        set(session.withAgreements(Lists.replace(session.agreements(), Agreement::id, agreementId, change)));
    }

    public void moveAgreement(String agreementId, int delta) {
        set(session.withAgreements(Lists.moveBy(session.agreements(), Agreement::id, agreementId, delta)));
    }

    public void removeAgreement(String agreementId) {
        set(session.withAgreements(Lists.remove(session.agreements(), Agreement::id, agreementId)));
    }
}
