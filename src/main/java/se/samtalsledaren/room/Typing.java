package se.samtalsledaren.room;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Session;

/**
 * What participants type reaches the session in batches: edits that arrive while a batch waits
 * for the session's thread join it, so forty phones typing make far fewer changes (and redraws
 * of the facilitator's window) than forty a second when that thread is busy, and never more
 * than one waits. Each edit's future completes once its text is in the session (or with the
 * {@link Refusal} that kept it out), which is when the phone hears "saved".
 */
final class Typing {
    private final SessionPort port;
    private final Clock clock;
    private final RoomLimits limits;
    // Guarded by this.
    private final Map<String, Map<String, String>> pending = new LinkedHashMap<>();
    private final Map<String, List<CompletableFuture<Void>>> waiting = new LinkedHashMap<>();
    private boolean queued;

    Typing(SessionPort port, Clock clock, RoomLimits limits) {
        this.port = port;
        this.clock = clock;
        this.limits = limits;
    }

    /** {@code participantId} changed these fields (field name to its whole new text). */
    CompletableFuture<Void> edit(String participantId, Map<String, String> fields) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        boolean submit;
        synchronized (this) {
            pending.computeIfAbsent(participantId, k -> new LinkedHashMap<>()).putAll(fields);
            waiting.computeIfAbsent(participantId, k -> new ArrayList<>()).add(done);
            submit = !queued;
            queued = true;
        }
        if (submit) {
            port.call(this::apply).whenComplete((v, e) -> {
                if (e != null) {
                    failAll(e);
                }
            });
        }
        return done;
    }

    /** Runs on the session's thread: every waiting edit in one change. */
    private Void apply(SessionCommands session) {
        Map<String, Map<String, String>> batch;
        Map<String, List<CompletableFuture<Void>>> futures;
        synchronized (this) {
            batch = new LinkedHashMap<>(pending);
            futures = new LinkedHashMap<>(waiting);
            pending.clear();
            waiting.clear();
            queued = false;
        }
        Session s = session.session();
        List<Preparation> changed = new ArrayList<>();
        Map<String, Refusal> refused = new LinkedHashMap<>();
        int roomChars = s.preparations().stream().filter(p -> p.id().startsWith("rum-")).mapToInt(RoomPreparations::chars).sum();
        int count = s.preparations().size();
        for (Map.Entry<String, Map<String, String>> e : batch.entrySet()) {
            Optional<Participant> who = s.participant(e.getKey());
            if (who.isEmpty()) {
                refused.put(e.getKey(), new Refusal(401, "web.error.notJoined"));
                continue;
            }
            Optional<Preparation> before = RoomPreparations.of(s, e.getKey());
            Preparation next = RoomPreparations.apply(port.caseData(), who.get(), before, e.getValue(), clock.instant());
            int beforeChars = before.map(RoomPreparations::chars).orElse(0);
            int nextChars = RoomPreparations.chars(next);
            if (nextChars > limits.maxPreparationChars() || roomChars - beforeChars + nextChars > limits.maxRoomChars()) {
                refused.put(e.getKey(), new Refusal(413, "web.error.tooMuchText"));
            } else if (before.isEmpty() && count >= 200) {
                refused.put(e.getKey(), new Refusal(503, "web.error.full"));
            } else {
                roomChars += nextChars - beforeChars;
                count += before.isEmpty() ? 1 : 0;
                changed.add(next);
            }
        }
        try {
            if (!changed.isEmpty()) {
                session.putPreparations(changed);
            }
        } catch (RuntimeException e) {
            futures.values().forEach(list -> list.forEach(f -> f.completeExceptionally(e)));
            return null;
        }
        futures.forEach((id, list) -> {
            Refusal r = refused.get(id);
            list.forEach(f -> {
                if (r == null) {
                    f.complete(null);
                } else {
                    f.completeExceptionally(r);
                }
            });
        });
        return null;
    }

    /** The session's thread took no more work (closing): nothing waiting can be saved. */
    private void failAll(Throwable e) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        synchronized (this) {
            waiting.values().forEach(all::addAll);
            pending.clear();
            waiting.clear();
            queued = false;
        }
        all.forEach(f -> f.completeExceptionally(e));
    }
}
