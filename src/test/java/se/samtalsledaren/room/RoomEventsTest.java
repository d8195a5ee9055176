package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Phase;

/** The live stream: a phone hears the step and the floor change, and a removed phone's stream ends. */
class RoomEventsTest {
    private static final String END = Phone.END;
    private RoomFixture room;

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(4, RoomLimits.DEFAULTS);
    }

    @AfterEach
    void close() throws Exception {
        room.close();
    }

    /** The data of the next {@code state} event that contains every one of {@code wanted}. */
    private static String stateWith(BlockingQueue<String> lines, String... wanted) throws InterruptedException {
        while (true) {
            String state = nextState(lines);
            assertThat(state).doesNotContain("bara för");
            if (java.util.Arrays.stream(wanted).allMatch(state::contains)) {
                return state;
            }
        }
    }

    /** The data of the next {@code state} event. */
    private static String nextState(BlockingQueue<String> lines) throws InterruptedException {
        boolean event = false;
        while (true) {
            String line = lines.poll(20, TimeUnit.SECONDS);
            assertThat(line).as("an event within 20 s").isNotNull().isNotEqualTo(END);
            if (line.equals("event: state")) {
                event = true;
            } else if (event && line.startsWith("data: ")) {
                return line.substring(6);
            }
        }
    }

    @Test
    void aPhoneHearsTheStepAndTheFloorChange() throws Exception {
        Phone phone = room.joined("p1");
        BlockingQueue<String> lines = phone.listen();
        assertThat(nextState(lines)).contains("\"phase\":\"preparation\"", "\"speaker\":\"\"");
        assertThat(room.room.devices().get(0).connected()).isTrue();

        room.onSession(() -> room.runner.goTo(Phase.STEP_2));
        assertThat(stateWith(lines, "\"phase\":\"step2\"")).contains("\"title\":\"2 Vad är problemet?\"");

        room.onSession(() -> room.runner.addNote(Phase.STEP_2, "bara för samtalsledaren", "", null));
        room.onSession(() -> {
            room.floor.raiseHand("p3");
            room.floor.handOver();
        });
        stateWith(lines, "\"speaker\":\"Deltagare 3\"", "\"speaking\":true");

        phone.postJson("/p/hand", Map.of("up", "1"));
        stateWith(lines, "\"hand\":true", "\"position\":1");

        room.room.setShowOwnAirtime(true);
        stateWith(lines, "\"showAirtime\":true");
    }

    @Test
    void removingThePhoneEndsItsStream() throws Exception {
        Phone phone = room.joined("p2");
        BlockingQueue<String> lines = phone.listen();
        nextState(lines);
        room.room.remove(room.room.devices().get(0).id());
        String line;
        do {
            line = lines.poll(20, TimeUnit.SECONDS);
            assertThat(line).as("the stream ends within 20 s").isNotNull();
        } while (!line.equals(END));
        assertThat(phone.getJson("/p/state").statusCode()).isEqualTo(401);
    }

    @Test
    void closingTheRoomEndsEveryonesAccess() throws Exception {
        Phone phone = room.joined("p2");
        BlockingQueue<String> lines = phone.listen();
        nextState(lines);
        room.server.close();
        String line;
        do {
            line = lines.poll(20, TimeUnit.SECONDS);
            assertThat(line).isNotNull();
        } while (!line.equals(END));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> phone.getJson("/p/state"))
                .isInstanceOf(java.io.IOException.class);
    }
}
