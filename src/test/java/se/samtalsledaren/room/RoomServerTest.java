package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Phase;

/** The room over HTTP on 127.0.0.1: joining, the pages, the hand, the preparation. */
class RoomServerTest {
    private RoomFixture room;

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(6, RoomLimits.DEFAULTS);
    }

    @AfterEach
    void close() throws Exception {
        room.close();
    }

    @Test
    void aPhoneJoinsFromTheQrCodeAndReadsTheCase() throws Exception {
        Phone phone = room.phone();
        HttpResponse<String> join = phone.get("/j/" + room.room.token());
        assertThat(join.statusCode()).isEqualTo(200);
        assertThat(join.body()).contains("Vem är du?", "Deltagare 1 (förtroendevald)", "Deltagare 6 (tjänsteperson)",
                "Case 11: " + room.caseData.title());
        HttpResponse<String> joined = phone.post("/j/" + room.room.token(), Map.of("participant", "p3"));
        assertThat(joined.statusCode()).isEqualTo(303);
        String cookie = joined.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(RoomServer.COOKIE + "=").contains("HttpOnly", "SameSite=Strict", "Path=/");
        assertThat(phone.cookie).hasSize(24);

        HttpResponse<String> now = phone.get("/p/now");
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.body()).contains("Du är Deltagare 3", "Individuell förberedelse", "Din hand är nere.");
        assertThat(now.headers().firstValue("Content-Security-Policy")).hasValue(RoomServer.CSP);
        assertThat(now.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> text = phone.get("/p/case");
        assertThat(text.body()).contains("Tankeassociation", room.caseData.questions().get(0).text()
                .replace("\"", "&#34;").replace("'", "&#39;").substring(0, 20));
        assertThat(room.room.devices()).singleElement().satisfies(d -> {
            assertThat(d.participantId()).isEqualTo("p3");
            assertThat(d.connected()).isTrue();
        });
    }

    @Test
    void aPhoneThatSleptOrLostTheWifiComesBackAsTheSameParticipant() throws Exception {
        Phone phone = room.joined("p4");
        assertThat(phone.postJson("/p/prep", Map.of("s1", "innan telefonen somnade")).statusCode()).isEqualTo(204);
        room.typed("p4", x -> x.step(Phase.STEP_1).equals("innan telefonen somnade"));
        room.clock.advance(Room.CONNECTED_FOR.multipliedBy(10));
        assertThat(room.room.devices()).singleElement().satisfies(d -> assertThat(d.connected()).as("asleep").isFalse());

        // The page reloads with the cookie it kept: the same participant, their text, connected again.
        HttpResponse<String> now = phone.get("/p/now");
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.body()).contains("Du är Deltagare 4");
        assertThat(phone.get("/p/prep").body()).contains("innan telefonen somnade");
        assertThat(room.room.devices()).singleElement().satisfies(d -> {
            assertThat(d.participantId()).isEqualTo("p4");
            assertThat(d.connected()).isTrue();
        });
        // Scanning the QR code again says who the phone is instead of taking another place.
        HttpResponse<String> scanned = phone.get("/j/" + room.room.token());
        assertThat(scanned.body()).contains("Den här telefonen är ansluten som Deltagare 4.", "href=\"/p/now\"");
        assertThat(room.room.devices()).hasSize(1);
    }

    @Test
    void aRaisedHandJoinsTheFacilitatorsQueueAndTheFloorShowsOnThePhone() throws Exception {
        Phone a = room.joined("p1");
        Phone b = room.joined("p2");
        HttpResponse<String> up = b.postJson("/p/hand", Map.of("up", "1"));
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"hand\":true", "\"position\":1");
        a.postJson("/p/hand", Map.of("up", "1"));
        assertThat(room.session().floor().queue()).containsExactly("p2", "p1");

        room.onSession(() -> {
            room.runner.goTo(Phase.STEP_1);
            room.runner.start();
            room.floor.handOver();
        });
        room.clock.advance(java.time.Duration.ofSeconds(30));
        HttpResponse<String> state = a.getJson("/p/state");
        assertThat(state.body()).contains("\"phase\":\"step1\"", "\"speaker\":\"Deltagare 2\"", "\"speaking\":true",
                "\"slotElapsedMs\":30000", "\"position\":1", "\"elapsedMs\":30000");
        assertThat(a.get("/p/now").body()).contains("Ordet har: Deltagare 2", "Du är nummer 1 i kön", "1 Analys och förståelse");

        HttpResponse<String> down = a.post("/p/hand", Map.of("up", "0"));
        assertThat(down.statusCode()).as("a form without script goes back to the page").isEqualTo(303);
        assertThat(room.session().floor().queue()).isEmpty();
    }

    @Test
    void typingIsStoredAsTheParticipantsPreparation() throws Exception {
        Phone phone = room.joined("p4");
        HttpResponse<String> saved = phone.postJson("/p/prep", Map.of("q1", "Min tanke\r\nom fråga ett", "s2", "Problemet är <b>tid</b>"));
        assertThat(saved.statusCode()).isEqualTo(204);
        var prep = RoomPreparations.of(room.typed("p4", p -> !p.isEmpty()), "p4").orElseThrow();
        assertThat(prep.name()).isEqualTo("Deltagare 4");
        assertThat(prep.anonymous()).isFalse();
        assertThat(prep.question(1)).isEqualTo("Min tanke\nom fråga ett");
        assertThat(prep.step(Phase.STEP_2)).isEqualTo("Problemet är <b>tid</b>");
        assertThat(prep.questions().get(0).question()).isEqualTo(room.caseData.questions().get(0).text());

        phone.postJson("/p/prep", Map.of("q1", ""));
        prep = RoomPreparations.of(room.typed("p4", p -> p.question(1).isEmpty()), "p4").orElseThrow();
        assertThat(prep.question(1)).as("an emptied field is gone").isEmpty();
        assertThat(prep.step(Phase.STEP_2)).as("other fields keep their text").isEqualTo("Problemet är <b>tid</b>");

        HttpResponse<String> page = phone.get("/p/prep");
        // The page shows what the session has.
        assertThat(page.body()).contains("Problemet är &lt;b&gt;tid&lt;/b&gt;").doesNotContain("<b>tid</b>");
        HttpResponse<String> form = phone.post("/p/prep", Map.of("s5", "Utan skript"));
        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(form.headers().firstValue("Location")).hasValue("/p/prep?saved=1");
    }

    @Test
    void thePagesAreInEnglishWhenThePhoneAsksForIt() throws Exception {
        Phone phone = room.joined("p1");
        phone.language = "en-GB,en;q=0.9,sv;q=0.5";
        assertThat(phone.get("/p/now").body()).contains("You are Deltagare 1", "Individual preparation", "Raise your hand",
                "lang=\"en\"");
        assertThat(phone.get("/p/case").body()).as("the case stays SKR's Swedish text").contains("<article lang=\"sv\">");
    }
}
