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
                // A dot vote and a survey round open, for their pages (issue 19).
                room.runner.addSolution("Samlat kompensationspaket per ort innan KF-beslutet", "p1");
                room.runner.addSolution("Dialogmöten på båda orterna med förtroendevalda från flera partier", "p2");
                room.runner.addSolution("Pausa omställningen av organisationen tills KF har beslutat", "p3");
                new se.samtalsledaren.session.VoteRunner(room.runner).open(3, true);
                var survey = new se.samtalsledaren.session.SurveyRunner(room.runner, () -> java.util.UUID.randomUUID().toString());
                survey.useTemplate(new se.samtalsledaren.store.SurveyTemplates(java.nio.file.Path.of("target", "demo-templates.json"),
                        new se.samtalsledaren.json.Messages(java.util.Locale.ENGLISH)).bundled().get(0));
                survey.openRound(se.samtalsledaren.model.BeforeAfter.BEFORE);
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
