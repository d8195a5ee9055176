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
    private final se.samtalsledaren.session.VoteRunner votes;
    private final se.samtalsledaren.session.SurveyRunner survey;

    /** With a survey of its own (who has answered is remembered in it): for a room without a window. */
    public RunnerCommands(SessionRunner runner) {
        this(runner, new se.samtalsledaren.session.SurveyRunner(runner, () -> java.util.UUID.randomUUID().toString().substring(0, 8)));
    }

    /** @param survey the survey the facilitator's window runs, which remembers who has answered */
    public RunnerCommands(SessionRunner runner, se.samtalsledaren.session.SurveyRunner survey) {
        this.runner = runner;
        this.floor = new FloorRunner(runner);
        this.votes = new se.samtalsledaren.session.VoteRunner(runner);
        this.survey = survey;
    }

    /**
     * A port onto {@code runner}: every change of the session is published to it. Call on the
     * session's thread ({@code sessionThread} runs there).
     */
    public static SessionPort connect(SessionRunner runner, Case c, Executor sessionThread) {
        return connect(new RunnerCommands(runner), runner, c, sessionThread);
    }

    /** A port onto {@code runner} whose phones answer the window's {@code survey}. */
    public static SessionPort connect(SessionRunner runner, se.samtalsledaren.session.SurveyRunner survey, Case c,
                                      Executor sessionThread) {
        return connect(new RunnerCommands(runner, survey), runner, c, sessionThread);
    }

    private static SessionPort connect(RunnerCommands commands, SessionRunner runner, Case c, Executor sessionThread) {
        SessionPort port = new SessionPort(c, runner.session(), sessionThread, commands);
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

    @Override
    public void setBallot(String participantId, java.util.Map<String, Integer> ballot) {
        votes.setBallot(participantId, ballot);
    }

    @Override
    public void answerSurvey(String participantId, java.util.Map<String, Integer> values, java.util.Map<String, String> comments) {
        survey.submit(participantId, values, comments);
    }

    @Override
    public boolean hasAnswered(String participantId) {
        return survey.state().openRound().map(r -> survey.hasAnswered(r.when(), participantId)).orElse(false);
    }
}
