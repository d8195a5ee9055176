package se.samtalsledaren.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SpeakingTurn;
import se.samtalsledaren.model.TimeSegment;

/**
 * A stretch of time the app did not run a session: from the last instant the session was saved
 * (the app was killed, the computer lost power, or the window was closed with the clock running)
 * to the moment it was opened again. Such time is not counted: the session is paused at the
 * instant it was last saved, and the facilitator starts the clock again when the group goes on.
 *
 * @param from the last instant the session is known to have been running: when it was saved
 * @param to   when it was opened again
 */
public record Gap(Instant from, Instant to) {
    public Duration length() {
        return Duration.between(from, to);
    }

    /**
     * {@code session} stopped at {@code at}: a phase clock still running is closed there, and a
     * speaker's running turn with it (the speaker keeps the floor, stopped, as a pause leaves it).
     * A session whose clock was not running is returned as it is.
     */
    static Session stoppedAt(Session session, Instant at) {
        List<TimeSegment> log = session.timeLog();
        if (log.isEmpty() || !log.get(log.size() - 1).open()) {
            return session;
        }
        List<TimeSegment> closed = new ArrayList<>(log);
        closed.set(closed.size() - 1, closed.get(closed.size() - 1).closedAt(at));
        return session.withTimeLog(closed, session.current()).withFloor(FloorRunner.stopTurn(session.floor(), at));
    }

    /**
     * The instant a session last saved at {@code lastSaved} is stopped at, seen at {@code now}: not
     * before its running segment or turn began (the file's time comes from another clock than the
     * log's), not after now.
     */
    static Instant stopInstant(Session session, Instant lastSaved, Instant now) {
        Instant at = lastSaved.isAfter(now) ? now : lastSaved;
        List<TimeSegment> log = session.timeLog();
        Instant started = log.get(log.size() - 1).start();
        Floor floor = session.floor();
        if (floor.speaking()) {
            SpeakingTurn turn = floor.log().get(floor.log().size() - 1);
            started = turn.start().isAfter(started) ? turn.start() : started;
        }
        return at.isBefore(started) ? started : at;
    }
}
