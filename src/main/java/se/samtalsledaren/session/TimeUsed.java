package se.samtalsledaren.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SpeakingTurn;
import se.samtalsledaren.model.TimeSegment;

/**
 * The time a session has used, per phase and in all, counted up to one instant: closed segments
 * of the time log as they are, a running one (the clock was going) up to that instant. The one
 * computation behind the session window's timers and the exported notes, so the two always agree
 * for a session that is running, recovered after a crash or reopened from a file.
 *
 * <p>Pure: no clock of its own. {@link #now(Session, Clock)} is the instant the session window
 * counts to; a document of a finished (paused) session is the same whatever the instant.
 */
public final class TimeUsed {
    private final Instant at;
    private final Map<Phase, Duration> perPhase;
    private final Duration total;
    private final Instant started;
    private final Instant end;
    private final boolean running;

    private TimeUsed(Instant at, Map<Phase, Duration> perPhase, Duration total, Instant started, Instant end, boolean running) {
        this.at = at;
        this.perPhase = perPhase;
        this.total = total;
        this.started = started;
        this.end = end;
        this.running = running;
    }

    /** The session's time used, a running segment counted up to {@code at}. */
    public static TimeUsed of(Session session, Instant at) {
        EnumMap<Phase, Duration> used = new EnumMap<>(Phase.class);
        Duration total = Duration.ZERO;
        for (TimeSegment s : session.timeLog()) {
            Duration d = s.length(at);
            used.merge(s.phase(), d, Duration::plus);
            total = total.plus(d);
        }
        List<TimeSegment> log = session.timeLog();
        boolean running = !log.isEmpty() && log.get(log.size() - 1).open();
        Instant started = log.isEmpty() ? null : log.get(0).start();
        Instant end = running ? at : lastLogged(session).orElse(null);
        return new TimeUsed(at, Collections.unmodifiableMap(used), total, started, end, running);
    }

    /**
     * The instant a session on {@code clock} counts to: the clock's time, but never earlier than
     * the last instant in the session's logs. A session reopened on a machine whose clock is behind
     * (another computer, a corrected clock) goes on from where its log ends instead of counting
     * time that runs backwards.
     */
    public static Instant now(Session session, Clock clock) {
        Instant t = clock.instant();
        Optional<Instant> last = lastLogged(session);
        return last.isPresent() && t.isBefore(last.get()) ? last.get() : t;
    }

    /** The last instant in the time log and the speaking log (an end, or the start of a running entry). */
    public static Optional<Instant> lastLogged(Session session) {
        Instant last = null;
        List<TimeSegment> log = session.timeLog();
        if (!log.isEmpty()) {
            TimeSegment s = log.get(log.size() - 1);
            last = s.end() != null ? s.end() : s.start();
        }
        List<SpeakingTurn> turns = session.floor().log();
        if (!turns.isEmpty()) {
            SpeakingTurn t = turns.get(turns.size() - 1);
            Instant x = t.end() != null ? t.end() : t.start();
            last = last == null || x.isAfter(last) ? x : last;
        }
        return Optional.ofNullable(last);
    }

    /** The instant the figures are counted to. */
    public Instant at() {
        return at;
    }

    /** Time spent in {@code phase} over all its visits. */
    public Duration phase(Phase phase) {
        return perPhase.getOrDefault(phase, Duration.ZERO);
    }

    /** Time spent in all phases (pauses not counted). */
    public Duration total() {
        return total;
    }

    /** Whether the clock was running at {@link #at()} (the time log ends with an open segment). */
    public boolean running() {
        return running;
    }

    /** When the clock was first started; empty before it ever ran. */
    public Optional<Instant> started() {
        return Optional.ofNullable(started);
    }

    /**
     * The end of the counted time: {@link #at()} while the clock runs, otherwise the last instant
     * in the logs; empty for a session with no log at all.
     */
    public Optional<Instant> end() {
        return Optional.ofNullable(end);
    }
}
