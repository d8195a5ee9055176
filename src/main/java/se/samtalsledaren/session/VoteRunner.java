package se.samtalsledaren.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.samtalsledaren.model.DotVote;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.VoteRun;
import se.samtalsledaren.model.VoteTally;

/**
 * The dot vote of one session (step 4): the facilitator opens it with N dots per participant,
 * participants place and move their dots (one ballot each, which they change until the vote
 * closes), the facilitator sees how many have voted and closes it; the result then goes into the
 * solutions' votes, where the facilitator's typed votes are, and stays in the session with when it
 * ran. Run again, a vote starts with empty ballots and keeps the earlier run. Like the
 * {@link FloorRunner} it keeps no state of its own and changes the runner's one session; times
 * are the runner's {@link SessionRunner#now()}. Not thread-safe.
 */
public final class VoteRunner {
    private final SessionRunner runner;

    public VoteRunner(SessionRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    public DotVote state() {
        return runner.session().dotVote();
    }

    private VoteRun openRun() {
        return state().open().orElseThrow(() -> new Refused(Refused.Reason.VOTE_CLOSED, "no vote is open"));
    }

    /** Opens a vote on the session's solutions as they are now, {@code dots} per participant. */
    public VoteRun open(int dots, boolean stack) {
        if (state().open().isPresent()) {
            throw new Refused(Refused.Reason.VOTE_OPEN, "a vote is open");
        }
        if (dots < 1 || dots > DotVote.MAX_DOTS) {
            throw new Refused(Refused.Reason.BAD_DOTS, Integer.toString(dots));
        }
        Session s = runner.session();
        if (s.solutions().isEmpty()) {
            throw new Refused(Refused.Reason.NO_SOLUTIONS, "nothing to vote on");
        }
        if (state().runs().size() >= DotVote.MAX_RUNS) {
            throw new Refused(Refused.Reason.VOTE_OPEN, "the vote has run " + DotVote.MAX_RUNS + " times");
        }
        // Never before the last run closed, even when the computer's clock was set back.
        java.time.Instant at = later(state().latestResult().map(VoteRun::closed).orElse(java.time.Instant.MIN));
        VoteRun run = VoteRun.open(at, dots, stack, s.solutions().stream().map(Solution::id).toList());
        runner.update(s.withDotVote(state().withLast(run, false)));
        return run;
    }

    /** Runs the vote again with the last run's dots and stacking, on the solutions as they are now. */
    public VoteRun reopen() {
        VoteRun last = state().latestResult().orElseThrow(() -> new Refused(Refused.Reason.VOTE_CLOSED, "nothing to run again"));
        return open(last.dots(), last.stack());
    }

    private java.time.Instant later(java.time.Instant notBefore) {
        java.time.Instant now = runner.now();
        return now.isBefore(notBefore) ? notBefore : now;
    }

    /** Whether a vote is taking ballots. */
    public boolean isOpen() {
        return state().open().isPresent();
    }

    /** The participant's ballot in the open vote (solution id → dots). */
    public Map<String, Integer> ballot(String participantId) {
        return openRun().ballot(participantId);
    }

    /** Dots the participant has not placed yet. */
    public int dotsLeft(String participantId) {
        VoteRun run = openRun();
        return run.dots() - DotVotes.placed(run.ballot(participantId));
    }

    /** Replaces the participant's whole ballot (an empty one takes back every dot). */
    public void setBallot(String participantId, Map<String, Integer> ballot) {
        Session s = runner.session();
        if (s.participant(participantId).isEmpty()) {
            throw new Refused(Refused.Reason.UNKNOWN_PARTICIPANT, participantId);
        }
        VoteRun run = openRun();
        Map<String, Integer> clean = DotVotes.check(run, ballot);
        if (clean.equals(run.ballot(participantId))) {
            return;
        }
        runner.update(s.withDotVote(state().withLast(run.withBallot(participantId, clean), true)));
    }

    /**
     * Sets how many of the participant's dots lie on one solution (0 takes them off): placing,
     * adding and taking back a dot, and a move is two of these. Idempotent, so a phone that sends
     * the same request twice changes nothing.
     */
    public void setDots(String participantId, String solutionId, int dots) {
        Map<String, Integer> ballot = new LinkedHashMap<>(state().open().map(r -> r.ballot(participantId)).orElse(Map.of()));
        ballot.put(solutionId, dots);
        setBallot(participantId, ballot);
    }

    /** How many participants have placed at least one dot: all the facilitator sees while the vote is open. */
    public int voters() {
        return state().open().map(r -> DotVotes.voters(r, runner.session()).size()).orElse(0);
    }

    /**
     * Closes the vote: the result per solution and role is kept with the time, and the ballots go
     * into the solutions' votes. A participant who voted (in this run or an earlier one of this
     * vote) has their votes on the solutions voted on replaced by this run's ballot; the votes the
     * facilitator typed for anyone else stay.
     */
    public VoteRun close() {
        VoteRun run = openRun();
        Session s = runner.session();
        List<String> voters = DotVotes.voters(run, s);
        List<VoteTally> tallies = DotVotes.tally(run, s);
        Set<String> replaced = new HashSet<>(voters);
        state().runs().forEach(r -> replaced.addAll(r.voters()));
        List<Solution> solutions = new ArrayList<>();
        for (Solution sol : s.solutions()) {
            if (!run.solutionIds().contains(sol.id())) {
                solutions.add(sol);
                continue;
            }
            Map<String, Integer> votes = new LinkedHashMap<>(sol.votes());
            votes.keySet().removeAll(replaced);
            for (String p : voters) {
                int n = run.ballot(p).getOrDefault(sol.id(), 0);
                if (n > 0) {
                    votes.put(p, n);
                }
            }
            solutions.add(new Solution(sol.id(), sol.text(), sol.participantId(), sol.horizon(), votes, sol.chosen(),
                    sol.consequences()));
        }
        VoteRun closed = run.closedAt(later(run.opened()), voters, tallies);
        runner.update(s.withSolutions(solutions).withDotVote(state().withLast(closed, true)));
        return closed;
    }
}
