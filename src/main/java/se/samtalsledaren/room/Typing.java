package se.samtalsledaren.room;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Session;

/**
 * What participants type reaches the session in batches, at most once per
 * {@link RoomLimits#typingBatch()}: every change of the session redraws the facilitator's
 * window, so forty phones typing once a second make four changes a second, not forty. An edit is
 * checked against the limits when it arrives (with what is still waiting) and then accepted: the
 * phone hears "saved" at once, and its text is in the session within one batch interval, saved by
 * autosave after that. A later edit of the same field replaces a waiting one.
 */
final class Typing {
    private final SessionPort port;
    private final Clock clock;
    private final RoomLimits limits;
    private final ScheduledExecutorService timer;
    // Guarded by this.
    private final Map<String, Map<String, String>> pending = new LinkedHashMap<>();
    private boolean scheduled;
    /** The room is closing: no edit is taken any more (the phone keeps its text and says so). */
    private boolean closed;
    private long lastBatchNanos = System.nanoTime() - Long.MAX_VALUE / 4;

    Typing(SessionPort port, Clock clock, RoomLimits limits, ScheduledExecutorService timer) {
        this.port = port;
        this.clock = clock;
        this.limits = limits;
        this.timer = timer;
    }

    /**
     * {@code participantId} changed these fields (field name to its whole new text). Accepted, or
     * refused with a {@link Refusal} when the participant's or the room's text would be too long.
     */
    void edit(String participantId, Map<String, String> fields) {
        Session s = port.snapshot();
        synchronized (this) {
            if (closed) {
                throw new Refusal(503, "web.error.noRoom");
            }
            Map<String, String> mine = new LinkedHashMap<>(pending.getOrDefault(participantId, Map.of()));
            mine.putAll(fields);
            Optional<Preparation> before = RoomPreparations.of(s, participantId);
            Map<String, String> texts = RoomPreparations.fields(port.caseData(), before);
            texts.putAll(mine);
            int next = texts.values().stream().mapToInt(String::length).sum();
            int others = 0;
            for (Preparation p : s.preparations()) {
                if (p.id().startsWith("rum-") && !p.id().equals(RoomPreparations.idFor(participantId))) {
                    others += RoomPreparations.chars(p);
                }
            }
            if (next > limits.maxPreparationChars() || others + next > limits.maxRoomChars()) {
                throw new Refusal(413, "web.error.tooMuchText");
            }
            if (before.isEmpty() && !pending.containsKey(participantId) && s.preparations().size() + pending.size() >= 200) {
                throw new Refusal(503, "web.error.full");
            }
            pending.put(participantId, mine);
            if (!scheduled) {
                scheduled = true;
                long wait = Math.max(0, lastBatchNanos + limits.typingBatch().toNanos() - System.nanoTime());
                timer.schedule(this::submit, wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    /**
     * Takes no more edits and puts what waits into the session now; on the session's thread (the
     * room closes: autosave writes it next). An edit is either in the session after this or was
     * refused, never accepted and dropped.
     */
    void flushHere() {
        synchronized (this) {
            closed = true;
            if (pending.isEmpty()) {
                return;
            }
        }
        port.callHere(this::apply);
    }

    /** On the timer: hands the waiting edits to the session's thread as one change. */
    private void submit() {
        port.call(this::apply).whenComplete((v, e) -> {
            if (e != null) {
                // The session's thread takes no more work (the window closes): keep nothing half-done.
                synchronized (this) {
                    scheduled = false;
                }
            }
        });
    }

    /** Runs on the session's thread: every waiting edit in one change. */
    private Void apply(SessionCommands session) {
        Map<String, Map<String, String>> batch;
        synchronized (this) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
            scheduled = false;
            lastBatchNanos = System.nanoTime();
        }
        Session s = session.session();
        List<Preparation> changed = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : batch.entrySet()) {
            // A walk-in taken off the list meanwhile has nowhere to keep text.
            Optional<Participant> who = s.participant(e.getKey());
            who.ifPresent(p -> changed.add(RoomPreparations.apply(port.caseData(), p, RoomPreparations.of(s, p.id()),
                    e.getValue(), clock.instant())));
        }
        if (!changed.isEmpty()) {
            session.putPreparations(changed);
        }
        return null;
    }
}
