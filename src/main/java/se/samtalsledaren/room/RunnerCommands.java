package se.samtalsledaren.room;

import java.util.List;
import java.util.concurrent.Executor;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.FloorRunner;
import se.samtalsledaren.session.SessionRunner;

/** The room's changes carried out by a session window's {@link SessionRunner} (the floor's by a {@link FloorRunner} on it, as the floor panel's). */
public final class RunnerCommands implements SessionCommands {
    private final SessionRunner runner;
    private final FloorRunner floor;

    public RunnerCommands(SessionRunner runner) {
        this.runner = runner;
        this.floor = new FloorRunner(runner);
    }

    /**
     * A port onto {@code runner}: every change of the session is published to it. Call on the
     * session's thread ({@code sessionThread} runs there).
     */
    public static SessionPort connect(SessionRunner runner, Case c, Executor sessionThread) {
        SessionPort port = new SessionPort(c, runner.session(), sessionThread, new RunnerCommands(runner));
        runner.addListener(() -> port.publish(runner.session()));
        return port;
    }

    @Override
    public Session session() {
        return runner.session();
    }

    @Override
    public void raiseHand(String participantId) {
        floor.raiseHand(participantId);
    }

    @Override
    public void lowerHand(String participantId) {
        floor.lowerHand(participantId);
    }

    @Override
    public void putPreparations(List<Preparation> preparations) {
        runner.importPreparations(preparations);
    }

    @Override
    public void removePreparation(String preparationId) {
        runner.removePreparation(preparationId);
    }

    @Override
    public void setParticipants(List<Participant> participants) {
        runner.setParticipants(participants);
    }
}
