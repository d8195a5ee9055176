package se.samtalsledaren.room;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One opening of the room: its join token and short code, the phones that joined (each with a
 * device token of its own, kept in its cookie), the walk-ins, and the facilitator's settings.
 * Everything here ends when the room closes; a new opening has new secrets. Thread-safe.
 */
public final class Room {
    /** How long a phone without a live stream still counts as connected after its last request. */
    public static final Duration CONNECTED_FOR = Duration.ofSeconds(60);

    /**
     * A joined phone as the facilitator sees it: {@code id} names it in the list and grants
     * nothing; the token that grants access is never shown.
     */
    public record Device(String id, String participantId, boolean walkIn, Instant joined, Instant lastSeen,
                         boolean connected) {}

    private static final class Joined {
        final String id;
        final String token;
        final String participantId;
        final boolean walkIn;
        final Instant joined;
        volatile Instant lastSeen;
        final AtomicInteger streams = new AtomicInteger();

        Joined(String id, String token, String participantId, boolean walkIn, Instant joined) {
            this.id = id;
            this.token = token;
            this.participantId = participantId;
            this.walkIn = walkIn;
            this.joined = joined;
            this.lastSeen = joined;
        }
    }

    private final String token;
    private final String code;
    private final Tokens tokens;
    private final Clock clock;
    private final RoomLimits limits;
    private final Map<String, Joined> byToken = new ConcurrentHashMap<>();
    private final Set<String> walkIns = ConcurrentHashMap.newKeySet();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<String>> removals = new CopyOnWriteArrayList<>();
    private volatile boolean walkInsAllowed;
    private volatile boolean showOwnAirtime;
    private final RoomClaims claims;

    /** A room whose names are bound for this opening only (a window that opens its room once). */
    public Room(Tokens tokens, Clock clock, RoomLimits limits) {
        this(tokens, clock, limits, new RoomClaims());
    }

    /** A room of a window whose {@code claims} (who is whom, walk-ins) outlive this opening. */
    public Room(Tokens tokens, Clock clock, RoomLimits limits, RoomClaims claims) {
        this.claims = Objects.requireNonNull(claims);
        this.tokens = Objects.requireNonNull(tokens);
        this.clock = Objects.requireNonNull(clock);
        this.limits = Objects.requireNonNull(limits);
        this.token = tokens.token();
        this.code = tokens.code();
    }

    /** The join token (at least 128 bits), the last part of the QR code's address. */
    public String token() {
        return token;
    }

    /** The six-character room code of the short address. */
    public String code() {
        return code;
    }

    public RoomLimits limits() {
        return limits;
    }

    /** Who is whom for the session window, and its walk-ins. */
    public RoomClaims claims() {
        return claims;
    }

    public boolean walkInsAllowed() {
        return walkInsAllowed;
    }

    public void setWalkInsAllowed(boolean allowed) {
        walkInsAllowed = allowed;
        changed();
    }

    /** Whether a participant sees their own airtime on the phone. */
    public boolean showOwnAirtime() {
        return showOwnAirtime;
    }

    public void setShowOwnAirtime(boolean show) {
        showOwnAirtime = show;
        changed();
    }

    /** Hears joins, removals, connections and settings; on whatever thread made the change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Hears the token of every device removed (so its live streams can be closed). */
    void onRemoved(java.util.function.Consumer<String> removedToken) {
        removals.add(removedToken);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /**
     * A phone joins as {@code participantId}; returns its device token. Refused when the
     * participant is already joined on another phone (the facilitator removes that one first)
     * or the room is full.
     */
    public String join(String participantId, boolean walkIn) {
        String deviceToken;
        synchronized (this) {
            if (taken(participantId)) {
                throw new Refusal(409, "web.error.taken");
            }
            if (byToken.size() >= limits.maxDevices()) {
                throw new Refusal(503, "web.error.full");
            }
            deviceToken = tokens.token();
            byToken.put(deviceToken, new Joined(tokens.publicId(), deviceToken, participantId, walkIn, clock.instant()));
            if (walkIn) {
                walkIns.add(participantId);
            }
        }
        changed();
        return deviceToken;
    }

    /** Whether a phone has joined as this participant. */
    public boolean taken(String participantId) {
        return byToken.values().stream().anyMatch(j -> j.participantId.equals(participantId));
    }

    /** How many walk-in places the session window has used (removed ones and earlier openings included). */
    public int walkInCount() {
        return claims.walkIns();
    }

    /** The participants who joined as walk-ins in this opening. */
    public Set<String> walkIns() {
        return Set.copyOf(walkIns);
    }

    /** Whether the participant joined as a walk-in in this opening. */
    public boolean isWalkIn(String participantId) {
        return walkIns.contains(participantId);
    }

    /** The participant a device token belongs to, noting the request; empty for an unknown or removed token. */
    public Optional<String> participantOf(String deviceToken) {
        if (!Tokens.looksLikeToken(deviceToken)) {
            return Optional.empty();
        }
        Joined j = byToken.get(deviceToken);
        if (j == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean wasConnected = connected(j, now);
        j.lastSeen = now;
        if (!wasConnected) {
            changed();
        }
        return Optional.of(j.participantId);
    }

    /** A live stream of this device opened (+1) or closed (-1). */
    void streams(String deviceToken, int delta) {
        Joined j = byToken.get(deviceToken);
        if (j != null) {
            int before = j.streams.getAndAdd(delta);
            j.lastSeen = clock.instant();
            if (before == 0 || before + delta == 0) {
                changed();
            }
        }
    }

    /** The joined phones, oldest first. */
    public List<Device> devices() {
        Instant now = clock.instant();
        return byToken.values().stream().sorted(Comparator.comparing((Joined j) -> j.joined).thenComparing(j -> j.id))
                .map(j -> new Device(j.id, j.participantId, j.walkIn, j.joined, j.lastSeen, connected(j, now))).toList();
    }

    private static boolean connected(Joined j, Instant now) {
        return j.streams.get() > 0 || !j.lastSeen.plus(CONNECTED_FOR).isBefore(now);
    }

    /**
     * Removes a device: its token stops working at once, and its participant's name is held
     * until the facilitator lets it be taken again ({@link RoomClaims#release}). Returns whether there was one.
     */
    public boolean remove(String deviceId) {
        Joined gone = null;
        for (Joined j : byToken.values()) {
            if (j.id.equals(deviceId)) {
                gone = byToken.remove(j.token) != null ? j : null;
            }
        }
        if (gone != null) {
            claims.hold(gone.participantId);
            String t = gone.token;
            removals.forEach(r -> r.accept(t));
            changed();
        }
        return gone != null;
    }

    /** The phone with this device token leaves the room (its token stops working). */
    public void leave(String deviceToken) {
        Joined j = byToken.remove(deviceToken);
        if (j != null) {
            removals.forEach(r -> r.accept(deviceToken));
            changed();
        }
    }

    /** Removes every device of a participant (a walk-in taken off the list), who is no walk-in of this room any more. */
    public void removeParticipant(String participantId) {
        walkIns.remove(participantId);
        devices().stream().filter(d -> d.participantId().equals(participantId)).forEach(d -> remove(d.id()));
    }

    /** Ends every device's access (the room closes). */
    public void clear() {
        List<String> all = List.copyOf(byToken.keySet());
        byToken.clear();
        all.forEach(t -> removals.forEach(r -> r.accept(t)));
        changed();
    }
}
