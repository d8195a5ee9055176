package se.samtalsledaren.ui.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo/redo over immutable snapshots. Consecutive changes to the same field within a short
 * window are coalesced into one step, so undo takes back a burst of typing rather than a letter.
 * Time comes from the injected clock.
 *
 * @param <T> the snapshot type (immutable)
 */
public final class EditHistory<T> {
    /** Changes to one field closer together than this are one undo step. */
    public static final Duration COALESCE = Duration.ofMillis(1500);
    static final int MAX_STEPS = 500;

    private final Clock clock;
    private final List<T> states = new ArrayList<>();
    private int index;
    private String lastKey;
    private Instant lastTime = Instant.MIN;

    public EditHistory(T initial, Clock clock) {
        this.clock = clock;
        states.add(Objects.requireNonNull(initial));
    }

    /**
     * Records the state after a change.
     *
     * @param key what changed (e.g. a field), or null for a change that is always its own step
     */
    public void record(String key, T state) {
        Instant now = clock.instant();
        boolean coalesce = key != null && key.equals(lastKey) && index == states.size() - 1 && index > 0
                && !now.isAfter(lastTime.plus(COALESCE));
        if (coalesce) {
            states.set(index, state);
        } else {
            states.subList(index + 1, states.size()).clear();
            states.add(state);
            if (states.size() > MAX_STEPS) {
                states.remove(0);
            }
            index = states.size() - 1;
        }
        lastKey = key;
        lastTime = now;
    }

    /** Ends the current burst: the next change starts a new step even in the same field. */
    public void boundary() {
        lastKey = null;
    }

    public boolean canUndo() {
        return index > 0;
    }

    public boolean canRedo() {
        return index < states.size() - 1;
    }

    public Optional<T> undo() {
        if (!canUndo()) {
            return Optional.empty();
        }
        lastKey = null;
        return Optional.of(states.get(--index));
    }

    public Optional<T> redo() {
        if (!canRedo()) {
            return Optional.empty();
        }
        lastKey = null;
        return Optional.of(states.get(++index));
    }

    public T current() {
        return states.get(index);
    }
}
