package se.samtalsledaren.room;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is whom for the whole life of a session window, across the room's openings: the first
 * phone that joins as a participant binds the name to itself (by a long-lived device key in a
 * cookie of its own), and from then on only that phone can join as them, however often the room
 * closes and opens again. When the facilitator removes a phone, its name is held: nobody (not
 * even the same phone) takes it until the facilitator lets it be taken again. Also counts the
 * window's walk-ins, so their cap holds across openings and under concurrent joins. Thread-safe.
 */
public final class RoomClaims {
    /** What a join as a participant finds. */
    public enum Claim { MINE, HELD }

    private final Map<String, String> deviceKeyOf = new HashMap<>();
    private final Set<String> held = new HashSet<>();
    private final Set<String> contested = new HashSet<>();
    private int walkIns;

    /**
     * The phone with {@code deviceKey} joins as {@code participantId}: binds the name to it if
     * the name is free, and says {@link Claim#MINE} when the name is (now) this phone's, else
     * {@link Claim#HELD}.
     */
    public synchronized Claim claim(String participantId, String deviceKey) {
        if (held.contains(participantId)) {
            return Claim.HELD;
        }
        String bound = deviceKeyOf.putIfAbsent(participantId, deviceKey);
        if (bound == null || same(bound, deviceKey)) {
            return Claim.MINE;
        }
        contested.add(participantId);
        return Claim.HELD;
    }

    /** Whether the participant's name is bound to a phone or held after a removal. */
    public synchronized boolean bound(String participantId) {
        return deviceKeyOf.containsKey(participantId) || held.contains(participantId);
    }

    /** The facilitator removed the participant's phone: nobody takes the name until {@link #release}. */
    public synchronized void hold(String participantId) {
        deviceKeyOf.remove(participantId);
        held.add(participantId);
    }

    /** Whether the name waits for the facilitator after a removal. */
    public synchronized boolean held(String participantId) {
        return held.contains(participantId);
    }

    /** Whether another phone than the one the name is bound to tried to join as it (a lost phone, or someone else). */
    public synchronized boolean contested(String participantId) {
        return contested.contains(participantId);
    }

    /** The names that wait for the facilitator: held after a removal, or tried from another phone. */
    public synchronized Set<String> waiting() {
        Set<String> all = new java.util.TreeSet<>(held);
        all.addAll(contested);
        return Set.copyOf(all);
    }

    /** The facilitator lets the name be taken again: the next phone that picks it gets it. */
    public synchronized void release(String participantId) {
        deviceKeyOf.remove(participantId);
        held.remove(participantId);
        contested.remove(participantId);
    }

    /** Reserves one of {@code max} walk-in places of the window; false when they are all taken. */
    public synchronized boolean reserveWalkIn(int max) {
        if (walkIns >= max) {
            return false;
        }
        walkIns++;
        return true;
    }

    /** Gives back a reserved walk-in place that was not used (the name was taken, the list full). */
    public synchronized void unreserveWalkIn() {
        walkIns = Math.max(0, walkIns - 1);
    }

    /** Walk-in places used in this window. */
    public synchronized int walkIns() {
        return walkIns;
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
