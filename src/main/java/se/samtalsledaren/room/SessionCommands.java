package se.samtalsledaren.room;

import java.util.List;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Session;

/**
 * The changes the room makes to a session. Called only on the session's own thread (through
 * {@link SessionPort#call}); each change goes through the same logic as the facilitator's keys,
 * so a raised hand joins the same queue as Ctrl+N and a preparation is saved by the same autosave.
 */
public interface SessionCommands {
    /** The session as it is now. */
    Session session();

    /** Puts a raised hand at the end of the queue (a hand already queued stays where it is). */
    void raiseHand(String participantId);

    /** Takes a hand off the queue. */
    void lowerHand(String participantId);

    /** Adds preparations, or replaces those with the same id, in one change. */
    void putPreparations(List<Preparation> preparations);

    void removePreparation(String preparationId);

    void setParticipants(List<Participant> participants);

    /**
     * Replaces the participant's ballot in the open dot vote (solution id to dots); one ballot per
     * participant, checked against the vote's rules ({@link se.samtalsledaren.session.Refused} otherwise).
     */
    void setBallot(String participantId, java.util.Map<String, Integer> ballot);

    /**
     * The participant's answers to the open survey round, taken once; only the participant's role
     * reaches the session ({@link se.samtalsledaren.session.SurveyRunner#submit}).
     */
    void answerSurvey(String participantId, java.util.Map<String, Integer> values, java.util.Map<String, String> comments);

    /** Whether the participant has answered the open round (known in memory only, never saved). */
    boolean hasAnswered(String participantId);
}
