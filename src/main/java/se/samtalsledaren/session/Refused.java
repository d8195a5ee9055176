package se.samtalsledaren.session;

/**
 * A vote or a survey answer the logic does not take, with the reason: the room turns it into an
 * HTTP status and a message in the participant's language, the facilitator's panels into a line.
 */
public final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why something was refused. */
    public enum Reason {
        /** The vote is not open (no ballots are taken). */
        VOTE_CLOSED,
        /** A vote is already open. */
        VOTE_OPEN,
        /** There are no solutions to vote on. */
        NO_SOLUTIONS,
        /** Dots per participant outside 1..{@link se.samtalsledaren.model.DotVote#MAX_DOTS}. */
        BAD_DOTS,
        /** Not a participant of the session. */
        UNKNOWN_PARTICIPANT,
        /** Not one of the solutions voted on. */
        UNKNOWN_SOLUTION,
        /** More dots than a participant has. */
        TOO_MANY_DOTS,
        /** Several dots on one solution when the vote does not allow it. */
        NO_STACKING,
        /** The survey has no questions. */
        NO_QUESTIONS,
        /** The questions cannot change once a round has run. */
        SURVEY_LOCKED,
        /** No round is open, or not the one asked about. */
        ROUND_CLOSED,
        /** Another round is open. */
        ROUND_OPEN,
        /** This participant has already answered this round. */
        ALREADY_ANSWERED,
        /** An answer outside the scale or to an unknown question. */
        BAD_ANSWER,
        /** A text that is empty or too long. */
        BAD_TEXT
    }

    private final Reason reason;

    public Refused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
