package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.Autosave;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.FakeProcesses;
import se.samtalsledaren.store.ManualScheduler;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;

/** Walk-ins join when the facilitator allows it; what a phone types reaches the session file through autosave. */
class RoomWalkInTest {
    @TempDir Path dir;
    private RoomFixture room;

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(3, RoomLimits.DEFAULTS);
    }

    @AfterEach
    void close() throws Exception {
        room.close();
    }

    @Test
    void aWalkInJoinsOnlyWhenAllowedAndCannotTakeAListedName() throws Exception {
        Phone guest = room.phone();
        assertThat(guest.get("/j/" + room.room.token()).body()).doesNotContain("Inte med på listan?");
        HttpResponse<String> refused = guest.post("/j/" + room.room.token(), Map.of("name", "Ny Person", "role", "annan"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("släpper inte in");

        room.room.setWalkInsAllowed(true);
        assertThat(guest.get("/j/" + room.room.token()).body()).contains("Inte med på listan?", "Tjänsteperson");
        assertThat(guest.post("/j/" + room.room.token(), Map.of("name", "  deltagare   1 ", "role", "annan")).statusCode())
                .as("a listed name, spaces and case aside").isEqualTo(409);
        assertThat(guest.post("/j/" + room.room.token(), Map.of("name", "x".repeat(61), "role", "annan")).statusCode()).isEqualTo(400);
        assertThat(guest.post("/j/" + room.room.token(), Map.of("name", "\u0000\u0007 ", "role", "annan")).statusCode()).isEqualTo(400);
        assertThat(guest.post("/j/" + room.room.token(), Map.of("name", "Ny Person", "role", "kung")).statusCode()).isEqualTo(400);
        assertThat(guest.cookie).isNull();

        HttpResponse<String> joined = guest.post("/j/" + room.room.token(), Map.of("name", "<script>Ny</script> Person",
                "role", "tjänsteperson"));
        assertThat(joined.statusCode()).isEqualTo(303);
        Session s = room.session();
        Participant walkIn = s.participants().get(3);
        assertThat(walkIn.name()).isEqualTo("<script>Ny</script> Person");
        assertThat(walkIn.role()).isEqualTo(Role.TJANSTEPERSON);
        assertThat(room.room.isWalkIn(walkIn.id())).isTrue();
        assertThat(room.room.devices()).singleElement().satisfies(d -> assertThat(d.walkIn()).isTrue());
        assertThat(guest.get("/p/now").body()).contains("Du är &lt;script&gt;Ny&lt;/script&gt; Person")
                .doesNotContain("<script>Ny");
        assertThat(guest.postJson("/p/hand", Map.of("up", "1")).statusCode()).isEqualTo(200);
        assertThat(room.session().floor().queue()).containsExactly(walkIn.id());

        Phone second = room.phone();
        assertThat(second.post("/j/" + room.room.token(), Map.of("name", "<SCRIPT>ny</script> person", "role", "annan"))
                .statusCode()).as("two walk-ins of one name").isEqualTo(409);
    }

    @Test
    void typingReachesTheSessionFileThroughAutosave() throws Exception {
        Messages messages = new Messages(Locale.ENGLISH);
        SessionLocks locks = new FakeProcesses().instance(1, room.clock);
        SessionStore store = new SessionStore(messages, new Backups(dir.resolve("backups"), room.clock), locks);
        ManualScheduler scheduler = new ManualScheduler(room.clock);
        Path file = dir.resolve("rummet.json");
        Autosave autosave = new Autosave(store, new Recovery(dir.resolve("autosave"), store, locks), locks, scheduler, room.clock,
                "s-room", file, locks.acquire(file), null, new Autosave.Listener() {
                    @Override
                    public void saved(Session snapshot, Path f, Instant at) {
                    }

                    @Override
                    public void failed(Session snapshot, Path target, IOException error) {
                        throw new AssertionError(error);
                    }
                });
        room.onSession(() -> room.runner.addListener(() -> autosave.changed(room.runner.session())));
        Phone phone = room.joined("p2");
        assertThat(phone.postJson("/p/prep", Map.of("s3", "Skrivet på telefonen"))).satisfies(
                r -> assertThat(r.statusCode()).isEqualTo(204));
        room.typed("p2", p -> !p.isEmpty());
        scheduler.advance(Autosave.MAX_WAIT);
        assertThat(Files.readString(file)).contains("Skrivet på telefonen", "\"id\": \"rum-p2\"");
        Session onDisk = store.open(file);
        assertThat(RoomPreparations.of(onDisk, "p2").orElseThrow().step(Phase.STEP_3)).isEqualTo("Skrivet på telefonen");
    }
}
