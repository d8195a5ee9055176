package se.samtalsledaren.ui.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.room.LanAddresses;

/** {@code --room} on a computer whose addresses are none of a local network's: a clear line at once. */
class RoomCommandLineMessageTest {
    @Test
    void aComputerWithoutALanAddressIsToldWhyAndWhatToDo() throws Exception {
        List<LanAddresses.Interface> testNet = List.of(
                new LanAddresses.Interface("lo", "lo", true, true, false, false, List.of(InetAddress.getByName("127.0.0.1"))),
                new LanAddresses.Interface("eth0", "eth0", true, false, false, false, List.of(InetAddress.getByName("192.0.2.2"))));
        assertThat(LanAddresses.choose(testNet)).as("a documentation range is no LAN").isEmpty();
        assertThat(RoomCommandLine.noLanAddress(testNet))
                .startsWith("room: no LAN address for the room: its addresses 192.0.2.2 (eth0) are not in a local network's private range")
                .contains("--room-address 192.0.2.2", "The session opens without its room.");
        assertThat(RoomCommandLine.noLanAddress(testNet.subList(0, 1))).contains("no network address besides this computer's own")
                .doesNotContain("--room-address");
    }

    @Test
    void theLineComesBeforeAnyWindowWhenTheComputerHasNoLanAddress() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RoomCommandLine.rooms(List.of("s.json", "--room"), new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        if (LanAddresses.find().isEmpty()) {
            assertThat(said).startsWith("room: no LAN address for the room");
        } else {
            assertThat(said).as("a computer with a LAN address is not warned").isEmpty();
        }
    }
}
