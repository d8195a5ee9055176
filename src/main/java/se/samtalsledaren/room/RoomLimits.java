package se.samtalsledaren.room;

import java.time.Duration;

/**
 * What the room accepts: sizes, counts and request rates. {@link #DEFAULTS} is what the app
 * uses; tests that need many phones on one address pass a larger per-address budget.
 *
 * @param maxBodyBytes        largest request body
 * @param maxTextChars        longest text of one preparation field (the preparation format's limit)
 * @param maxPreparationChars all text of one participant's preparation
 * @param maxRoomChars        all text of every preparation typed on phones together, so the
 *                            session file stays far below its 32 MB limit
 * @param maxNameChars        longest walk-in name
 * @param maxWalkIns          walk-ins per opening
 * @param maxDevices          devices joined per opening
 * @param maxStreams          live streams open at once (all devices)
 * @param perDevice           request rate of one joined device
 * @param perAddress          request rate of one remote address before joining
 * @param wrongCodes          wrong room codes or join tokens from one remote address
 * @param typingBatch         how often at most what phones type reaches the session (each change of
 *                            the session redraws the facilitator's window, so forty phones typing
 *                            make a few changes a second, not forty)
 */
public record RoomLimits(int maxBodyBytes, int maxTextChars, int maxPreparationChars, int maxRoomChars,
                         int maxNameChars, int maxWalkIns, int maxDevices, int maxStreams,
                         RateLimiter.Rule perDevice, RateLimiter.Rule perAddress, RateLimiter.Rule wrongCodes,
                         Duration typingBatch) {
    public static final RoomLimits DEFAULTS = new RoomLimits(256 * 1024, 20_000, 40_000, 3_000_000, 60, 30, 200, 400,
            new RateLimiter.Rule(40, Duration.ofMillis(125)),
            new RateLimiter.Rule(30, Duration.ofMillis(500)),
            new RateLimiter.Rule(10, Duration.ofSeconds(6)),
            Duration.ofMillis(250));

    /** The same limits with another budget per remote address (many simulated phones on 127.0.0.1). */
    public RoomLimits withPerAddress(RateLimiter.Rule rule) {
        return new RoomLimits(maxBodyBytes, maxTextChars, maxPreparationChars, maxRoomChars, maxNameChars, maxWalkIns,
                maxDevices, maxStreams, perDevice, rule, wrongCodes, typingBatch);
    }
}
