package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Phase;

/** The live stream: a phone hears the step and the floor change, and a removed phone's stream ends. */
class RoomEventsTest {
    private static final String END = "<end of stream>";
    private RoomFixture room;

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(4, RoomLimits.DEFAULTS);
    }

    @AfterEach
    void close() throws Exception {
        room.close();
    }

    /** The stream's lines, read on a thread of their own. */
    private BlockingQueue<String> listen(Phone phone) throws Exception {
        HttpResponse<Stream<String>> r = HttpClient.newHttpClient().send(phone.request("/p/events")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                Iterator<String> it = r.body().iterator();
                while (it.hasNext()) {
                    lines.add(it.next());
                }
            } catch (RuntimeException e) {
                // the connection was closed
            }
            lines.add(END);
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
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
        BlockingQueue<String> lines = listen(phone);
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
        BlockingQueue<String> lines = listen(phone);
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
        BlockingQueue<String> lines = listen(phone);
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
