package se.samtalsledaren.room;

import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Session;

/**
 * The room of one session window, open or closed: opening makes a new {@link Room} (new join
 * token, code and devices) served by a new {@link RoomServer}; closing ends every phone's access.
 * The port is kept for the window's session once chosen, so a phone that reconnects after the
 * room was reopened finds the same address; the facilitator's settings (walk-ins, own airtime)
 * are kept too. Thread-safe; listeners hear opening, closing and every change of the room.
 */
public final class RoomHost {
    private final SessionPort session;
    private final Clock clock;
    private final RoomLimits limits;
    private final Tokens tokens;
    private final long pollMs;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Runnable roomChanged = this::roomChanged;
    private final java.util.Set<String> walkInsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final RoomClaims claims = new RoomClaims();
    private Room room;
    private RoomServer server;
    private int port;
    private boolean walkIns;
    private boolean showOwnAirtime;

    public RoomHost(SessionPort session, Clock clock, RoomLimits limits, Tokens tokens, long pollMs) {
        this.session = Objects.requireNonNull(session);
        this.clock = Objects.requireNonNull(clock);
        this.limits = Objects.requireNonNull(limits);
        this.tokens = Objects.requireNonNull(tokens);
        this.pollMs = pollMs;
    }

    /** A room with the app's limits, asking every 5 s where live events are not available. */
    public RoomHost(SessionPort session, Clock clock) {
        this(session, clock, RoomLimits.DEFAULTS, new Tokens(), 5000);
    }

    /**
     * Opens the room on {@code addresses}: on the port used before in this session, else on
     * {@code preferredPort} (0 for any free port). Opening an open room reopens it.
     */
    public void open(List<InetAddress> addresses, int preferredPort) throws RoomServer.StartFailed {
        synchronized (this) {
            closeNow();
            Room r = new Room(tokens, clock, limits, claims);
            r.setWalkInsAllowed(walkIns);
            r.setShowOwnAirtime(showOwnAirtime);
            server = RoomServer.start(r, session, clock, addresses, port != 0 ? port : preferredPort, pollMs);
            room = r;
            port = server.port();
            r.addListener(roomChanged);
        }
        changed();
    }

    /**
     * Puts the phones' typing that waits for its batch into the session now; the room takes no
     * more typing after it (it is about to close). Call on the session's thread before closing,
     * so the window's last autosave has it; from the shutdown hook, on its own thread when the
     * session's thread is gone (the waiting typing is handed over once, to the first that asks).
     */
    public void flushTyping() {
        server().ifPresent(RoomServer::flushTyping);
    }

    /**
     * Puts every bit of typing the room accepted into the session and closes it (the app quits:
     * the autosave that follows writes it). On the session's thread.
     */
    public void closeHere() {
        flushTyping();
        close();
    }

    /** Closes the room: the server stops, every device's access ends. */
    public void close() {
        boolean was;
        synchronized (this) {
            was = room != null;
            closeNow();
        }
        if (was) {
            changed();
        }
    }

    private void closeNow() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (room != null) {
            room.removeListener(roomChanged);
            room.clear();
            room = null;
        }
    }

    public synchronized boolean isOpen() {
        return room != null;
    }

    /** The open room, or empty. */
    public synchronized Optional<Room> room() {
        return Optional.ofNullable(room);
    }

    /** The open room's server, or empty. */
    public synchronized Optional<RoomServer> server() {
        return Optional.ofNullable(server);
    }

    /** The port kept for this session (0 before the room was first opened). */
    public synchronized int port() {
        return port;
    }

    public synchronized boolean walkInsAllowed() {
        return walkIns;
    }

    public void setWalkInsAllowed(boolean allowed) {
        Room r;
        synchronized (this) {
            walkIns = allowed;
            r = room;
        }
        if (r != null) {
            r.setWalkInsAllowed(allowed);
        } else {
            changed();
        }
    }

    public synchronized boolean showOwnAirtime() {
        return showOwnAirtime;
    }

    public void setShowOwnAirtime(boolean show) {
        Room r;
        synchronized (this) {
            showOwnAirtime = show;
            r = room;
        }
        if (r != null) {
            r.setShowOwnAirtime(show);
        } else {
            changed();
        }
    }

    /** Who is whom for this window (names bound to phones, names held after a removal), across openings. */
    public RoomClaims claims() {
        return claims;
    }

    /** Lets a participant's name be taken again by the next phone that picks it (after a removal, or a lost phone). */
    public void releaseName(String participantId) {
        claims.release(participantId);
        changed();
    }

    /** Disconnects one phone (its token stops working at once). */
    public void removeDevice(String deviceId) {
        room().ifPresent(r -> r.remove(deviceId));
    }

    /**
     * Removes a walk-in: their phone is disconnected, their hand lowered, and they leave the
     * session's participants with what they typed, unless the session already refers to them
     * (they spoke, a note or solution names them, they voted): then they stay as a participant
     * of the record, and only their phone is out. The future tells whether they left the list.
     */
    public CompletableFuture<Boolean> removeWalkIn(String participantId) {
        room().ifPresent(r -> r.removeParticipant(participantId));
        walkInsSeen.remove(participantId);
        return session.call(cmd -> {
            Session s = cmd.session();
            if (s.participant(participantId).isEmpty()) {
                return false;
            }
            cmd.lowerHand(participantId);
            if (referenced(cmd.session(), participantId)) {
                return false;
            }
            RoomPreparations.of(cmd.session(), participantId).ifPresent(p -> cmd.removePreparation(p.id()));
            List<Participant> rest = new ArrayList<>(cmd.session().participants());
            rest.removeIf(p -> p.id().equals(participantId));
            cmd.setParticipants(rest);
            return true;
        });
    }

    /** Every participant who joined as a walk-in while this session's room was open (any opening). */
    public java.util.Set<String> walkIns() {
        room().ifPresent(r -> walkInsSeen.addAll(r.walkIns()));
        return java.util.Set.copyOf(walkInsSeen);
    }

    private void roomChanged() {
        room().ifPresent(r -> walkInsSeen.addAll(r.walkIns()));
        changed();
    }

    /** Whether anything in the session's record names the participant. */
    static boolean referenced(Session s, String id) {
        return id.equals(s.floor().speaker())
                || s.floor().log().stream().anyMatch(t -> t.participantId().equals(id))
                || s.notes().values().stream().flatMap(List::stream).anyMatch(n -> id.equals(n.participantId()))
                || s.solutions().stream().anyMatch(x -> id.equals(x.participantId()) || x.votes().containsKey(id));
    }

    /** Hears opening, closing, joins, removals and settings; on whatever thread made the change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** The join address on {@code address} for the open room, or empty. */
    public synchronized Optional<String> joinUrl(InetAddress address) {
        return server == null ? Optional.empty() : Optional.of(server.joinUrl(address));
    }

    /** The short address with the room code, or empty. */
    public synchronized Optional<String> shortUrl(InetAddress address) {
        return server == null ? Optional.empty() : Optional.of(server.shortUrl(address));
    }
}
