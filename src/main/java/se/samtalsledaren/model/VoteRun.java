package se.samtalsledaren.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of a dot vote. While it is open it holds each participant's ballot (dots per solution);
 * when it closes the ballots have gone into the solutions' votes, and the run keeps who voted and
 * the result per solution split by role.
 *
 * @param opened      when it opened
 * @param closed      when it closed, or null while it is open
 * @param dots        dots per participant
 * @param stack       whether a participant may put several dots on one solution
 * @param solutionIds the solutions voted on, as they were when the run opened
 * @param ballots     while open: participant id → (solution id → dots); empty when closed
 * @param voters      when closed: the participants who placed at least one dot
 * @param result      when closed: per solution (in the order voted on), its dots by role
 */
public record VoteRun(Instant opened, Instant closed, int dots, boolean stack, List<String> solutionIds,
                      Map<String, Map<String, Integer>> ballots, List<String> voters, List<VoteTally> result) {
    public VoteRun {
        Objects.requireNonNull(opened, "opened");
        if (closed != null && closed.isBefore(opened)) {
            throw new IllegalArgumentException("a vote closes after it opens");
        }
        if (dots < 1 || dots > DotVote.MAX_DOTS) {
            throw new IllegalArgumentException("dots per participant must be 1.." + DotVote.MAX_DOTS + ", was " + dots);
        }
        solutionIds = List.copyOf(solutionIds);
        LinkedHashMap<String, Map<String, Integer>> b = new LinkedHashMap<>();
        ballots.forEach((participant, ballot) -> {
            LinkedHashMap<String, Integer> one = new LinkedHashMap<>();
            ballot.forEach((solution, n) -> {
                if (n != null && n > 0) {
                    one.put(solution, n);
                }
            });
            if (!one.isEmpty()) {
                b.put(participant, Collections.unmodifiableMap(one));
            }
        });
        ballots = Collections.unmodifiableMap(b);
        voters = List.copyOf(voters);
        result = List.copyOf(result);
        if (closed != null && !ballots.isEmpty()) {
            throw new IllegalArgumentException("a closed run keeps its result, not its ballots");
        }
        if (closed == null && (!voters.isEmpty() || !result.isEmpty())) {
            throw new IllegalArgumentException("an open run has no result yet");
        }
    }

    /** A run that opens at {@code at} on {@code solutionIds}. */
    public static VoteRun open(Instant at, int dots, boolean stack, List<String> solutionIds) {
        return new VoteRun(at, null, dots, stack, solutionIds, Map.of(), List.of(), List.of());
    }

    public boolean open() {
        return closed == null;
    }

    /** A participant's ballot in this open run (empty when they placed no dot). */
    public Map<String, Integer> ballot(String participantId) {
        return ballots.getOrDefault(participantId, Map.of());
    }

    public VoteRun withBallot(String participantId, Map<String, Integer> ballot) {
        LinkedHashMap<String, Map<String, Integer>> b = new LinkedHashMap<>(ballots);
        b.put(participantId, ballot);
        return new VoteRun(opened, closed, dots, stack, solutionIds, b, voters, result);
    }

    /** This run closed at {@code at} with its result; the ballots are dropped (they are in the solutions' votes). */
    public VoteRun closedAt(Instant at, List<String> whoVoted, List<VoteTally> tallies) {
        return new VoteRun(opened, at, dots, stack, solutionIds, Map.of(), whoVoted, tallies);
    }
}
