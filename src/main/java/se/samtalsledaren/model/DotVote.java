package se.samtalsledaren.model;

import java.util.List;
import java.util.Optional;

/**
 * The dot vote of a session on its solutions (step 4): every time it ran, oldest first. Only the
 * last run may be open (taking ballots); a closed run keeps its result and when it ran, so a vote
 * run again does not lose the earlier one.
 */
public record DotVote(List<VoteRun> runs) {
    /** A session that has not voted. */
    public static final DotVote NONE = new DotVote(List.of());
    /** Dots per participant when the facilitator does not choose otherwise. */
    public static final int DEFAULT_DOTS = 3;
    public static final int MAX_DOTS = 20;
    /** At most this many runs are kept (a vote run again and again is a mistake, not a record). */
    public static final int MAX_RUNS = 100;

    public DotVote {
        runs = List.copyOf(runs);
        for (int i = 0; i < runs.size() - 1; i++) {
            if (runs.get(i).open()) {
                throw new IllegalArgumentException("only the last run of a vote may be open");
            }
            if (runs.get(i + 1).opened().isBefore(runs.get(i).closed())) {
                throw new IllegalArgumentException("a vote's runs follow each other in time");
            }
        }
        if (runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("a vote keeps at most " + MAX_RUNS + " runs");
        }
    }

    /** The run taking ballots now, if any. */
    public Optional<VoteRun> open() {
        return runs.isEmpty() || !runs.get(runs.size() - 1).open() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /** The newest closed run: the result that counts. */
    public Optional<VoteRun> latestResult() {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (!runs.get(i).open()) {
                return Optional.of(runs.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** This vote with its last run replaced by {@code run}, or {@code run} added after the others. */
    public DotVote withLast(VoteRun run, boolean replace) {
        List<VoteRun> list = new java.util.ArrayList<>(runs);
        if (replace) {
            list.set(list.size() - 1, run);
        } else {
            list.add(run);
        }
        return new DotVote(list);
    }
}
