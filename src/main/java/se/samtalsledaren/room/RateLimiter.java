package se.samtalsledaren.room;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Token buckets per key (a device token, a remote address): {@code burst} requests at once, then
 * one more every {@code every}. Time comes from the injected clock. The number of keys kept is
 * bounded: when it is reached, the least recently used key is forgotten (it starts again with a
 * full bucket, which costs an attacker nothing he did not already have with a fresh address).
 */
public final class RateLimiter {
    /** A limit: {@code burst} at once, then one per {@code every}. */
    public record Rule(int burst, Duration every) {
        public Rule {
            if (burst < 1 || every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("burst >= 1 and a positive refill interval");
            }
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private final Clock clock;
    private final Rule rule;
    private final int maxKeys;
    private final Map<String, Bucket> buckets;

    public RateLimiter(Clock clock, Rule rule, int maxKeys) {
        this.clock = Objects.requireNonNull(clock);
        this.rule = Objects.requireNonNull(rule);
        this.maxKeys = maxKeys;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true);
    }

    /**
     * Takes one request from {@code key}'s bucket. Returns {@link Duration#ZERO} when allowed, or
     * how long until the next request would be.
     */
    public synchronized Duration acquire(String key) {
        long now = clock.millis();
        Bucket b = buckets.get(key);
        if (b == null) {
            if (buckets.size() >= maxKeys) {
                Iterator<String> eldest = buckets.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
            b = new Bucket(rule.burst(), now);
            buckets.put(key, b);
        }
        long every = rule.every().toMillis();
        if (now > b.at) {
            b.tokens = Math.min(rule.burst(), b.tokens + (double) (now - b.at) / every);
            b.at = now;
        }
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((1 - b.tokens) * every));
    }

    /** Whether {@code key} has no request left now (without taking one). */
    public synchronized boolean exhausted(String key) {
        Bucket b = buckets.get(key);
        if (b == null) {
            return false;
        }
        double tokens = Math.min(rule.burst(), b.tokens + (double) Math.max(0, clock.millis() - b.at) / rule.every().toMillis());
        return tokens < 1;
    }

    /** Forgets a key (a device removed). */
    public synchronized void forget(String key) {
        buckets.remove(key);
    }

    synchronized int size() {
        return buckets.size();
    }
}
