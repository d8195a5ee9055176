package se.samtalsledaren.room;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import se.samtalsledaren.model.Session;

/**
 * The phones' live streams (server-sent events). A change of what phones show is sent to each
 * stream as a {@code state} event with the same JSON {@code /p/state} answers; a stream whose
 * state did not change gets nothing, and a {@code ping} event every {@link #HEARTBEAT_SECONDS}
 * keeps idle connections open, finds dead ones, and tells the page the stream is alive (a page
 * that hears nothing falls back to asking). Sending happens on a few threads of its own, one send
 * at a time per stream and only the latest state: a phone that stopped reading can hold up only
 * itself, until the connection's idle timeout drops it.
 */
final class Streams {
    static final int HEARTBEAT_SECONDS = 15;
    /** Streams one device may hold open (tabs); the oldest is closed beyond that. */
    static final int PER_DEVICE = 3;

    /** One open stream: the phone's device token, participant and language. */
    final class Stream {
        final SseClient client;
        final String deviceToken;
        final String participantId;
        final WebText text;
        final AtomicBoolean sending = new AtomicBoolean();
        final AtomicBoolean dirty = new AtomicBoolean(true);
        final AtomicBoolean ping = new AtomicBoolean();
        final long opened = counter.incrementAndGet();
        volatile String lastSent;

        Stream(SseClient client, String deviceToken, String participantId, WebText text) {
            this.client = client;
            this.deviceToken = deviceToken;
            this.participantId = participantId;
            this.text = text;
        }
    }

    /** What one stream is sent: the state as JSON for its participant and language. */
    interface Render extends Function<Stream, String> {}

    private final AtomicInteger counter = new AtomicInteger();
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final Room room;
    private final Render render;
    private final int max;
    private final ExecutorService senders;
    private final ScheduledExecutorService heartbeat;
    private volatile Object lastKey;

    Streams(Room room, Render render, int max) {
        this.room = room;
        this.render = render;
        this.max = max;
        this.senders = Executors.newFixedThreadPool(4, daemon("room-stream"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("room-heartbeat"));
        heartbeat.scheduleAtFixedRate(this::ping, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        room.onRemoved(this::closeDevice);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Opens a stream; refused when too many are open. */
    void add(SseClient client, String deviceToken, String participantId, WebText text) {
        if (open.size() >= max) {
            throw new Refusal(503, "web.error.full");
        }
        Stream s = new Stream(client, deviceToken, participantId, text);
        List<Stream> mine = open.stream().filter(x -> x.deviceToken.equals(deviceToken))
                .sorted(java.util.Comparator.comparingLong(x -> x.opened)).toList();
        for (int i = 0; i <= mine.size() - PER_DEVICE; i++) {
            mine.get(i).client.close();
        }
        client.onClose(() -> {
            if (open.remove(s)) {
                room.streams(deviceToken, -1);
            }
        });
        open.add(s);
        room.streams(deviceToken, +1);
        schedule(s);
    }

    /**
     * The session changed: streams are sent a new state when what phones show may have changed
     * ({@code key} differs), not when only notes or other things of the facilitator changed.
     */
    void sessionChanged(Session snapshot) {
        Object key = keyOf(snapshot);
        if (!Objects.equals(key, lastKey)) {
            lastKey = key;
            all();
        }
    }

    /** The room's settings changed: every stream gets its state again. */
    void all() {
        open.forEach(this::schedule);
    }

    /** The parts of a session the phones' state is made of. */
    private static Object keyOf(Session s) {
        return List.of(s.current(), s.plannedMinutes(s.current()), s.timeLog(), s.floor(), s.participants(),
                s.dotVote().open().isPresent(), s.survey().openRound().isPresent());
    }

    private void ping() {
        open.forEach(s -> {
            s.ping.set(true);
            send(s);
        });
    }

    private void schedule(Stream s) {
        s.dirty.set(true);
        send(s);
    }

    /** Starts sending what the stream is due, unless a send of it is under way (that one goes on). */
    private void send(Stream s) {
        if (s.sending.compareAndSet(false, true)) {
            try {
                senders.execute(() -> drain(s));
            } catch (RejectedExecutionException e) {
                s.sending.set(false);
            }
        }
    }

    /** Sends what a stream is due, one thing at a time, until nothing more is due. */
    private void drain(Stream s) {
        try {
            do {
                if (s.dirty.getAndSet(false)) {
                    String json = render.apply(s);
                    if (!json.equals(s.lastSent)) {
                        s.client.sendEvent("state", json);
                        s.lastSent = json;
                    }
                }
                if (s.ping.getAndSet(false)) {
                    s.client.sendEvent("ping", "1");
                }
            } while (!s.client.terminated() && (s.dirty.get() || s.ping.get()));
        } catch (RuntimeException e) {
            s.client.close();
        } finally {
            s.sending.set(false);
        }
        if (!s.client.terminated() && (s.dirty.get() || s.ping.get())) {
            send(s);
        }
    }

    /** A device was removed: its streams end now. */
    private void closeDevice(String deviceToken) {
        open.stream().filter(s -> s.deviceToken.equals(deviceToken)).forEach(s -> s.client.close());
    }

    int size() {
        return open.size();
    }

    /** Closes every stream and stops the threads. */
    void close() {
        heartbeat.shutdownNow();
        open.forEach(s -> s.client.close());
        senders.shutdown();
    }
}
