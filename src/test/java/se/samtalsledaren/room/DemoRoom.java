package se.samtalsledaren.room;

import java.io.IOException;
import se.samtalsledaren.model.Phase;

/**
 * A room with marked secrets served on 127.0.0.1 until standard input closes, for looking at the
 * pages in a real browser ({@code tools/room-screenshots.sh}). Prints {@code base TOKEN CODE} on
 * one line. Not a test; the room's tests use {@link RoomFixture} directly.
 */
public final class DemoRoom {
    private DemoRoom() {}

    public static void main(String[] args) throws Exception {
        try (RoomFixture room = new RoomFixture(8, RoomLimits.DEFAULTS, 5000)) {
            room.room.setWalkInsAllowed(true);
            room.room.setShowOwnAirtime(true);
            room.onSession(() -> {
                room.runner.goTo(Phase.STEP_2);
                room.runner.start();
                room.floor.raiseHand("p4");
                room.floor.raiseHand("p2");
                room.floor.raiseHand("p7");
                room.floor.handOver();
            });
            room.clock.advance(java.time.Duration.ofSeconds(95));
            System.out.println(room.base + " " + room.room.token() + " " + room.room.code());
            System.out.flush();
            try {
                while (System.in.read() >= 0) {
                    // served until standard input closes
                }
            } catch (IOException e) {
                // closed
            }
        }
    }
}
