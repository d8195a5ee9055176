package se.samtalsledaren.room;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many of something (open connections, request bodies being read) one remote address holds
 * at once, with a cap per address and one for all addresses together, so that one address on the
 * Wi-Fi cannot take what every phone needs. Thread-safe; every successful {@link #tryAcquire}
 * is matched by one {@link #release}.
 */
final class AddressBudget {
    private final int perAddress;
    private final int total;
    private final Map<String, Integer> held = new ConcurrentHashMap<>();
    private int all;

    AddressBudget(int perAddress, int total) {
        if (perAddress < 1 || total < perAddress) {
            throw new IllegalArgumentException("per address " + perAddress + ", total " + total);
        }
        this.perAddress = perAddress;
        this.total = total;
    }

    /** Takes one for {@code address}; false when the address or everyone together is at the cap. */
    synchronized boolean tryAcquire(String address) {
        int mine = held.getOrDefault(address, 0);
        if (mine >= perAddress || all >= total) {
            return false;
        }
        held.put(address, mine + 1);
        all++;
        return true;
    }

    /** Gives back one taken for {@code address}. */
    synchronized void release(String address) {
        Integer mine = held.get(address);
        if (mine == null) {
            return;
        }
        if (mine <= 1) {
            held.remove(address);
        } else {
            held.put(address, mine - 1);
        }
        all--;
    }

    /** How many {@code address} holds now. */
    synchronized int held(String address) {
        return held.getOrDefault(address, 0);
    }

    int perAddress() {
        return perAddress;
    }
}
