package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;


import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Phase;

/**
 * The room as a public service: every refusal, no leak of the facilitator's notes, limits on
 * size and rate. Requests are made the way an attacker on the guest Wi-Fi could make them.
 */
class RoomSecurityTest {
    private RoomFixture room;

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(6, RoomLimits.DEFAULTS);
    }

    @AfterEach
    void close() throws Exception {
        room.close();
    }

    private static final List<String> PARTICIPANT_ROUTES = List.of("/p/now", "/p/case", "/p/prep", "/p/state");

    @Test
    void withoutAJoinedDeviceNothingOfTheSessionIsServed() throws Exception {
        Phone stranger = room.phone();
        for (String path : PARTICIPANT_ROUTES) {
            HttpResponse<String> r = stranger.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.body()).as(path).contains("inte ansluten");
        }
        assertThat(stranger.postJson("/p/hand", Map.of("up", "1")).statusCode()).isEqualTo(401);
        assertThat(stranger.postJson("/p/prep", Map.of("q1", "x")).statusCode()).isEqualTo(401);

        for (String path : PARTICIPANT_ROUTES) {
            stranger.cookie = new Tokens().token();
            HttpResponse<String> r = stranger.get(path);
            assertThat(r.statusCode()).as("a made-up device token: " + path).isEqualTo(401);
            assertThat(r.headers().firstValue("Set-Cookie")).as("the stale cookie is cleared").hasValueSatisfying(
                    c -> assertThat(c).startsWith(RoomServer.COOKIE + "=;").contains("Max-Age=0"));
        }
        assertThat(room.session().floor().queue()).isEmpty();
    }

    @Test
    void aWrongJoinTokenOrCodeGetsNothingAndGuessingIsCutOff() throws Exception {
        Phone p = room.phone();
        assertThat(p.get("/j/" + new Tokens().token()).statusCode()).isEqualTo(404);
        assertThat(p.post("/j/" + new Tokens().token(), Map.of("participant", "p1")).statusCode()).isEqualTo(404);
        assertThat(p.cookie).isNull();
        HttpResponse<String> right = p.get("/" + room.room.code().toLowerCase(java.util.Locale.ROOT));
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).hasValue("/j/" + room.room.token());
        HttpResponse<String> typed = p.post("/", Map.of("code", room.room.code().substring(0, 3) + " " + room.room.code().substring(3)));
        assertThat(typed.statusCode()).isEqualTo(303);

        String wrong = room.room.code().equals("AAAAAA") ? "BBBBBB" : "AAAAAA";
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> r = p.post("/", Map.of("code", wrong));
            if (r.statusCode() == 429) {
                refused++;
            } else {
                assertThat(r.statusCode()).isEqualTo(404);
                assertThat(r.body()).contains("inget öppet rum");
            }
        }
        assertThat(refused).as("ten guesses, then no more (two were spent on tokens above)").isEqualTo(12);
        assertThat(p.get("/" + room.room.code()).statusCode()).as("the right code teaches nothing now").isEqualTo(429);
        assertThat(p.get("/j/" + room.room.token()).statusCode()).isEqualTo(429);
        room.clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(p.get("/" + room.room.code()).statusCode()).as("guesses come back with time").isEqualTo(303);
    }

    @Test
    void aRemovedDeviceIsOutAtOnce() throws Exception {
        Phone p = room.joined("p1");
        assertThat(p.get("/p/now").statusCode()).isEqualTo(200);
        String id = room.room.devices().get(0).id();
        assertThat(room.room.remove(id)).isTrue();
        assertThat(p.get("/p/now").statusCode()).isEqualTo(401);
        assertThat(p.postJson("/p/hand", Map.of("up", "1")).statusCode()).isEqualTo(401);
        assertThat(room.room.devices()).isEmpty();
        assertThat(room.room.taken("p1")).isFalse();
        // The name is held until the facilitator lets it be taken again: not by another phone, nor by this one.
        for (Phone who : List.of(p, room.phone())) {
            HttpResponse<String> r = who.post("/j/" + room.room.token(), Map.of("participant", "p1"));
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.body()).contains("Det här namnet används redan – be samtalsledaren om hjälp");
        }
        room.room.claims().release("p1");
        Phone again = room.joined("p1");
        assertThat(again.get("/p/now").statusCode()).as("rejoins from the QR code once the name is released").isEqualTo(200);
    }

    @Test
    void aParticipantJoinedOnOnePhoneCannotBeTakenFromAnother() throws Exception {
        room.joined("p2");
        Phone impostor = room.phone();
        HttpResponse<String> r = impostor.post("/j/" + room.room.token(), Map.of("participant", "p2"));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("Det här namnet används redan");
        assertThat(impostor.cookie).isNull();
        assertThat(impostor.get("/j/" + room.room.token()).body()).contains("redan ansluten");
        assertThat(impostor.post("/j/" + room.room.token(), Map.of("participant", "p99")).statusCode()).isEqualTo(404);
        assertThat(impostor.post("/j/" + room.room.token(), Map.of("participant", "p1", "extra", "x")).statusCode()).isEqualTo(400);
    }

    @Test
    void aParticipantReachesOnlyTheirOwnPreparation() throws Exception {
        Phone one = room.joined("p1");
        Phone two = room.joined("p2");
        assertThat(one.postJson("/p/prep", Map.of("s1", "Ettans egna ord")).statusCode()).isEqualTo(204);
        assertThat(two.postJson("/p/prep", Map.of("s1", "Tvåans egna ord")).statusCode()).isEqualTo(204);
        room.sessionWhen(s -> RoomPreparations.of(s, "p1").isPresent() && RoomPreparations.of(s, "p2").isPresent());
        assertThat(one.get("/p/prep").body()).contains("Ettans egna ord").doesNotContain("Tvåans");
        assertThat(one.get("/p/prep?participant=p2").body()).contains("Ettans egna ord").doesNotContain("Tvåans");
        HttpResponse<String> other = one.postJson("/p/prep", Map.of("participant", "p2", "s1", "kapat"));
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).isEqualTo("Okänt fält i begäran.");
        assertThat(one.postJson("/p/hand", Map.of("up", "1", "participant", "p2")).statusCode()).isEqualTo(400);
        assertThat(RoomPreparations.of(room.session(), "p2").orElseThrow().step(Phase.STEP_1)).isEqualTo("Tvåans egna ord");
        assertThat(room.session().floor().queue()).isEmpty();
    }

    @Test
    void postsMustBeFormsFromTheRoomsOwnPages() throws Exception {
        Phone p = room.joined("p1");
        HttpResponse<String> json = p.send(p.request("/p/hand").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"up\":\"1\"}")).build());
        assertThat(json.statusCode()).isEqualTo(415);
        HttpResponse<String> multipart = p.send(p.request("/p/prep").header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"q1\"\r\n\r\nx\r\n--x--\r\n")).build());
        assertThat(multipart.statusCode()).as("nothing is written to a temporary file").isEqualTo(415);
        HttpResponse<String> foreign = p.send(p.request("/p/hand").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("up=1")).build());
        assertThat(foreign.statusCode()).isEqualTo(403);
        HttpResponse<String> opaque = p.send(p.request("/p/hand").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "null").POST(HttpRequest.BodyPublishers.ofString("up=1")).build());
        assertThat(opaque.statusCode()).as("a sandboxed frame or a file on disk").isEqualTo(403);
        HttpResponse<String> crossSite = p.send(p.request("/p/hand").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.ofString("up=1")).build());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(room.session().floor().queue()).isEmpty();
        HttpResponse<String> own = p.send(p.request("/p/hand").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", room.base).header("Sec-Fetch-Site", "same-origin").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("up=1")).build());
        assertThat(own.statusCode()).isEqualTo(200);
    }

    @Test
    void theRoomAnswersOnlyToItsOwnAddress() throws Exception {
        String rebound = room.raw("GET /p/now HTTP/1.1\r\nHost: attacker.example:" + room.server.port() + "\r\nConnection: close\r\n\r\n");
        assertThat(rebound).startsWith("HTTP/1.1 421").contains("Fel adress");
        String noHost = room.raw("GET / HTTP/1.0\r\n\r\n");
        assertThat(noHost).startsWith("HTTP/1.1 421");
        String own = room.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\nConnection: close\r\n\r\n");
        assertThat(own).startsWith("HTTP/1.1 200").contains("Rumskod");
    }

    @Test
    void malformedRequestsGetShortAnswersWithoutDetails() throws Exception {
        List<String> answers = new ArrayList<>();
        answers.add(room.raw("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\nConnection: close\r\n\r\n"));
        answers.add(room.raw("GARBAGE\r\n\r\n"));
        answers.add(room.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"));
        answers.add(room.raw("DELETE /p/now HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\nConnection: close\r\n\r\n"));
        answers.add(room.raw("GET /a/../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\nConnection: close\r\n\r\n"));
        answers.add(room.raw("GET /a/room.css%00.js HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\nConnection: close\r\n\r\n"));
        answers.add(room.raw("GET /a/Room.java HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\nConnection: close\r\n\r\n"));
        for (String a : answers) {
            assertThat(a).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
            assertThat(a.toLowerCase(java.util.Locale.ROOT)).doesNotContain("jetty", "javalin", "exception", "\tat ", "root:",
                    "package se.", System.getProperty("user.name").toLowerCase(java.util.Locale.ROOT) + "/");
        }
    }

    @Test
    void anOversizedBodyIsRefusedWithOrWithoutItsLength() throws Exception {
        Phone p = room.joined("p1");
        String big = "q1=" + "a".repeat(RoomLimits.DEFAULTS.maxBodyBytes());
        HttpResponse<String> withLength = p.postRaw("/p/prep", big, "application/json");
        assertThat(withLength.statusCode()).isEqualTo(413);
        assertThat(withLength.body()).isEqualTo("Begäran är för stor.");
        HttpResponse<String> chunked = p.send(p.request("/p/prep").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(chunked(big)).build());
        assertThat(chunked.statusCode()).isEqualTo(413);
        HttpResponse<String> longField = p.postJson("/p/prep", Map.of("q1", "ö".repeat(RoomLimits.DEFAULTS.maxTextChars() + 1)));
        assertThat(longField.statusCode()).isEqualTo(413);
        assertThat(longField.body()).contains("högst 20");
        String third = "a".repeat(RoomLimits.DEFAULTS.maxPreparationChars() / 3 + 1);
        assertThat(p.postJson("/p/prep", Map.of("s1", third)).statusCode()).isEqualTo(204);
        assertThat(p.postJson("/p/prep", Map.of("s2", third)).statusCode()).isEqualTo(204);
        HttpResponse<String> tooMuch = p.postJson("/p/prep", Map.of("s3", third));
        assertThat(tooMuch.statusCode()).as("one participant's whole preparation is limited too").isEqualTo(413);
        assertThat(tooMuch.body()).contains("Det går inte att spara mer text");
        assertThat(p.postJson("/p/prep", Map.of("s2", "kort")).statusCode()).as("shortening is always possible").isEqualTo(204);
        assertThat(p.postJson("/p/prep", Map.of("q999", "x")).statusCode()).isEqualTo(400);
        assertThat(p.postJson("/p/prep", Map.of("s6", "x")).statusCode()).isEqualTo(400);
        assertThat(RoomPreparations.of(room.typed("p1", x -> x.step(Phase.STEP_2).equals("kort")), "p1").orElseThrow().step(Phase.STEP_3))
                .as("the refused text never reached the session").isEmpty();
        assertThat(p.get("/p/now").statusCode()).as("the phone goes on").isEqualTo(200);
    }

    @Test
    void aFloodFromOnePhoneIsCutOffWhileOthersAreServed() throws Exception {
        Phone flood = room.joined("p1");
        Phone calm = room.joined("p2");
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> r = flood.getJson("/p/state");
            if (r.statusCode() == 429) {
                limited++;
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                assertThat(r.body()).contains("För många");
            } else {
                assertThat(r.statusCode()).isEqualTo(200);
                ok++;
            }
        }
        assertThat(ok).as("the burst (the fake clock stands still)").isEqualTo(RoomLimits.DEFAULTS.perDevice().burst());
        assertThat(limited).isEqualTo(200 - ok);
        assertThat(calm.getJson("/p/state").statusCode()).isEqualTo(200);
        room.clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(flood.getJson("/p/state").statusCode()).as("the bucket refills with time").isEqualTo(200);

        Phone strangers = room.phone();
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> r = strangers.send(strangers.request("/").header("X-Forwarded-For", "10.0.0." + i).GET().build());
            refused += r.statusCode() == 429 ? 1 : 0;
        }
        assertThat(refused).as("a forwarded-for header does not buy a new budget").isEqualTo(100 - RoomLimits.DEFAULTS.perAddress().burst());
    }

    @Test
    void noParticipantResponseEverContainsTheFacilitatorsNotes() throws Exception {
        room.room.setWalkInsAllowed(true);
        room.room.setShowOwnAirtime(true);
        Phone one = room.joined("p1");
        Phone two = room.joined("p2");
        Phone stranger = room.phone();
        List<Phone> phones = List.of(one, two, stranger);
        for (Phase phase : Phase.values()) {
            room.onSession(() -> room.runner.goTo(phase));
            for (Phone p : phones) {
                for (String path : List.of("/", "/" + room.room.code(), "/j/" + room.room.token(), "/p/now", "/p/case",
                        "/p/prep", "/a/room.js", "/a/room.css", "/nope", "/p/nope")) {
                    p.get(path);
                }
                p.getJson("/p/state");
                p.postJson("/p/hand", Map.of("up", "1"));
                p.postJson("/p/prep", Map.of("s1", "egen text"));
                p.postJson("/p/prep", Map.of("q1", "x".repeat(30_000)));
            }
        }
        stranger.post("/j/" + room.room.token(), Map.of("name", "Gäst", "role", "annan"));
        stranger.get("/p/now");
        stranger.get("/p/prep");
        List<HttpResponse<String>> all = new ArrayList<>();
        phones.forEach(p -> all.addAll(p.seen));
        assertThat(all).hasSizeGreaterThan(250);
        for (HttpResponse<String> r : all) {
            String everything = r.headers().map() + "\n" + r.body();
            for (String secret : RoomFixture.SECRETS) {
                assertThat(everything).as(r.request().uri() + " leaks " + secret).doesNotContain(secret);
            }
            assertThat(everything).doesNotContain(System.getProperty("user.home"), "Stadshuset", "Organisation 1",
                    "Exception", "Jetty", "Javalin");
            assertThat(r.statusCode()).isLessThan(500);
        }
    }

    /** A body without Content-Length (sent in chunks). */
    private static HttpRequest.BodyPublisher chunked(String body) {
        HttpRequest.BodyPublisher inner = HttpRequest.BodyPublishers.ofString(body);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                inner.subscribe(subscriber);
            }
        };
    }

}
