package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An attacker's pass over the room, beyond {@link RoomSecurityTest}: encoded path traversal,
 * header tricks, guessing device tokens, cross-site posts on every route, markup in names, live
 * streams hoarded, and forms built to be expensive. Each is what someone on the same Wi-Fi could
 * send with curl or a page of their own.
 */
class RoomAttackTest {
    private RoomFixture room;

    @AfterEach
    void close() throws Exception {
        if (room != null) {
            room.close();
        }
    }

    private String get(String target, String... headers) throws Exception {
        StringBuilder sb = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\n");
        for (String h : headers) {
            sb.append(h).append("\r\n");
        }
        return room.raw(sb.append("Connection: close\r\n\r\n").toString());
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    @Test
    void noPathReachesAFileAClassOrTheTemplates() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        List<String> paths = List.of("/a/..%2fRoom.class", "/a/%2e%2e%2f%2e%2e%2fpom.xml", "/a/..%5c..%5cpom.xml",
                "/a/%2e%2e", "/a/room.css%2f..%2f..%2fRoomServer.class", "/a/room.js%3f", "/a/ROOM.JS", "/a/room.js.map",
                "//etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..;/..;/etc/passwd", "/META-INF/MANIFEST.MF",
                "/se/samtalsledaren/room/assets/room.js", "/se/samtalsledaren/room/RoomServer.class", "/assets/room.js",
                "/a/", "/jte/now.jte", "/now.jte", "/gg/jte/generated/precompiled/JtenowGenerated.class",
                "/j/..%2f..%2fp%2fnow", "/file:///etc/passwd", "/a/%00", "/a/room.css%00.js", "/p/..%2f..%2fpom.xml",
                "/.git/config", "/WEB-INF/web.xml", "/favicon.ico", "/robots.txt");
        for (String path : paths) {
            String answer = get(path);
            int status = status(answer);
            assertThat(status).as(path).isBetween(400, 499);
            assertThat(answer).as(path).doesNotContain("<project", "Main-Class", "root:", "[core]", "package se.",
                    "Jte", "\u00ca\u00fe\u00ba\u00be", "web-app").doesNotContainIgnoringCase("jetty");
        }
        String unknown = get("/x/%3Cb%3Eecho%3C%2Fb%3E");
        assertThat(unknown).as("the room's own short answer, not the library's, and the path is not echoed")
                .startsWith("HTTP/1.1 404").endsWith("\r\n\r\nSidan finns inte.").doesNotContain("echo", "Endpoint");
        assertThat(status(get("/p/now", "X-HTTP-Method-Override: DELETE"))).isEqualTo(401);
        // The two files the pages use are the only things under /a/, served from memory.
        assertThat(status(get("/a/room.css"))).isEqualTo(200);
        assertThat(status(get("/a/room.js"))).isEqualTo(200);
    }

    @Test
    void headerTricksChangeNothing() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        int port = room.server.port();
        String twoHosts = room.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        assertThat(status(twoHosts)).isBetween(400, 499);
        for (String host : List.of("attacker@127.0.0.1:" + port, "127.0.0.1:" + port + ".attacker.example", "127.0.0.1.:" + port,
                "127.0.0.1", "127.0.0.1:" + port + "/x", "localhost:" + port, "[::1]:" + port, "127.0.0.1:0" + port)) {
            String answer = room.raw("GET /" + room.room.code() + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertThat(status(answer)).as(host).isBetween(400, 499);
            assertThat(answer).as(host).doesNotContain(room.room.token());
        }
        // An absolute URI naming another host in the request line is answered as the room only for its own name.
        String absolute = room.raw("GET http://attacker.example/" + room.room.code() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n");
        assertThat(absolute).doesNotContain(room.room.token());
        // Forwarding headers are not believed: the redirect stays on the room's own address.
        String forwarded = get("/" + room.room.code(), "X-Forwarded-Host: attacker.example", "X-Forwarded-Proto: https",
                "Forwarded: host=attacker.example;proto=https");
        assertThat(status(forwarded)).isEqualTo(303);
        assertThat(forwarded).contains("Location: /j/" + room.room.token()).doesNotContain("attacker.example");
        // Request smuggling: a body with both a length and chunks is refused, not read two ways.
        Phone p = room.joined("p1");
        String smuggled = room.raw("POST /p/hand HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + RoomServer.COOKIE + "="
                + p.cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 4\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n4\r\nup=1\r\n0\r\n\r\nGET /p/now HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\n\r\n");
        assertThat(status(smuggled)).isBetween(400, 499);
        assertThat(smuggled).doesNotContain("HTTP/1.1 200");
        assertThat(room.session().floor().queue()).isEmpty();
    }

    @Test
    void guessingDeviceTokensSpendsTheAddressesBudget() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        room.joined("p1");
        Phone guesser = room.phone();
        int unknown = 0;
        int cutOff = 0;
        for (int i = 0; i < 100; i++) {
            guesser.cookie = new Tokens().token();
            int status = guesser.getJson("/p/state").statusCode();
            assertThat(status).isIn(401, 429);
            unknown += status == 401 ? 1 : 0;
            cutOff += status == 429 ? 1 : 0;
        }
        assertThat(unknown).as("made-up cookies cost the address's budget (joining took one)")
                .isEqualTo(RoomLimits.DEFAULTS.perAddress().burst() - 1);
        assertThat(cutOff).isEqualTo(100 - unknown);
        guesser.cookie = "../../../etc/passwd";
        assertThat(guesser.getJson("/p/state").statusCode()).isIn(401, 429);
    }

    @Test
    void crossSitePostsAreRefusedOnEveryRoute() throws Exception {
        room = new RoomFixture(3, RoomLimits.DEFAULTS);
        room.room.setWalkInsAllowed(true);
        Phone victim = room.joined("p1");
        String token = room.room.token();
        Map<String, String> bodies = Map.of("/", "code=" + room.room.code(), "/j/" + token, "name=Inkräktare&role=annan",
                "/p/hand", "up=1", "/p/prep", "q1=kapat", "/p/leave", "");
        for (Map.Entry<String, String> route : bodies.entrySet()) {
            for (String origin : List.of("http://attacker.example", "null", "http://127.0.0.1:" + room.server.port() + ".attacker.example",
                    "https://127.0.0.1:" + room.server.port(), "http://127.0.0.1:" + (room.server.port() + 1))) {
                HttpResponse<String> r = victim.send(victim.request(route.getKey()).header("Origin", origin)
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(route.getValue()))
                        .build());
                assertThat(r.statusCode()).as(route.getKey() + " from " + origin).isEqualTo(403);
            }
            for (String site : List.of("cross-site", "same-site")) {
                HttpResponse<String> r = victim.send(victim.request(route.getKey()).header("Sec-Fetch-Site", site)
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(route.getValue()))
                        .build());
                assertThat(r.statusCode()).as(route.getKey() + " " + site).isEqualTo(403);
            }
            // A form a foreign page can send without a preflight but not as a form: text/plain.
            HttpResponse<String> plain = victim.send(victim.request(route.getKey()).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(route.getValue())).build());
            assertThat(plain.statusCode()).as(route.getKey() + " as text/plain").isEqualTo(415);
        }
        room.clock.advance(Duration.ofSeconds(10));
        assertThat(victim.get("/p/now").statusCode()).as("the victim's phone is still in").isEqualTo(200);
        assertThat(room.session().floor().queue()).isEmpty();
        assertThat(room.session().participants()).hasSize(3);
        assertThat(RoomPreparations.of(room.session(), "p1")).isEmpty();
    }

    @Test
    void markupInANameStaysTextOnEveryPhone() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        room.room.setWalkInsAllowed(true);
        Phone other = room.joined("p1");
        String attribute = "\"><img src=x onerror=alert(1)>";
        String script = "</script><script>alert(2)</script>";
        Phone one = room.phone();
        assertThat(one.post("/j/" + room.room.token(), Map.of("name", attribute, "role", "annan")).statusCode()).isEqualTo(303);
        Phone two = room.phone();
        assertThat(two.post("/j/" + room.room.token(), Map.of("name", script, "role", "annan")).statusCode()).isEqualTo(303);
        String oneId = idOf(attribute);
        String twoId = idOf(script);
        assertThat(one.postJson("/p/hand", Map.of("up", "1")).statusCode()).isEqualTo(200);
        assertThat(two.postJson("/p/hand", Map.of("up", "1")).statusCode()).isEqualTo(200);
        room.onSession(() -> room.floor.handOver());
        room.sessionWhen(s -> oneId.equals(s.floor().speaker()) && s.floor().queue().contains(twoId));

        List<String> pages = new ArrayList<>();
        for (Phone p : List.of(other, one, two)) {
            pages.add(p.get("/p/now").body());
            pages.add(p.get("/p/prep").body());
            pages.add(p.get("/p/case").body());
        }
        pages.add(room.phone().get("/j/" + room.room.token()).body());
        for (String html : pages) {
            assertThat(html).doesNotContain("<img", "<script>alert", "</script><script");
        }
        String now = other.get("/p/now").body();
        assertThat(now).as("the speaker and the queue, escaped in the page and in its state attribute")
                .contains("Ordet har: \"&gt;&lt;img src=x onerror=alert(1)&gt;</p>")
                .contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</p>")
                .contains("\\&#34;>&lt;img src=x onerror=alert(1)>&#34;");
        HttpResponse<String> state = other.getJson("/p/state");
        assertThat(state.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(state.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void liveStreamsCannotBeHoarded() throws Exception {
        RoomLimits d = RoomLimits.DEFAULTS;
        room = new RoomFixture(3, new RoomLimits(d.maxBodyBytes(), d.maxTextChars(), d.maxPreparationChars(), d.maxRoomChars(),
                d.maxNameChars(), d.maxWalkIns(), d.maxDevices(), 4, d.perDevice(), d.perAddress(), d.wrongCodes(), d.typingBatch()));
        assertThat(room.phone().events().status()).as("no stream without joining").isEqualTo(401);

        Phone hoarder = room.joined("p1");
        List<BlockingQueue<String>> mine = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mine.add(hoarder.listen());
        }
        for (int i = 0; i < 3; i++) {
            assertThat(endsWithin(mine.get(i))).as("stream " + i + " of one phone is closed for a newer one").isTrue();
        }
        Phone p2 = room.joined("p2");
        BlockingQueue<String> second = p2.listen();
        Phone.Events refused = room.joined("p3").events();
        assertThat(endsWithin(refused.lines())).as("the room's streams are full: this one ends at once").isTrue();
        assertThat(refused.lines()).noneMatch(l -> l.startsWith("data:"));
        // The streams that stayed open are still served.
        room.onSession(() -> room.runner.goTo(se.samtalsledaren.model.Phase.STEP_3));
        for (BlockingQueue<String> open : List.of(mine.get(5), second)) {
            assertThat(nextDataContaining(open, "\"phase\":\"step3\"")).isTrue();
        }
        assertThat(room.phone().get("/").statusCode()).as("pages are served while streams are full").isEqualTo(200);
    }

    @Test
    void expensiveFormsGetShortRefusals() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        Phone p = room.joined("p1");
        String manyKeys = String.join("&", java.util.Collections.nCopies(5_000, "q1=a"));
        assertThat(p.postRaw("/p/prep", manyKeys, "application/json").statusCode()).isBetween(400, 499);
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            distinct.append(i == 0 ? "" : "&").append("k").append(i).append("=1");
        }
        assertThat(p.postRaw("/p/prep", distinct.toString(), "application/json").statusCode()).isBetween(400, 499);
        // Near the body limit when encoded (three-byte characters, nine bytes each in a form): taken whole.
        String wide = "東".repeat(12_000);
        assertThat(p.postJson("/p/prep", Map.of("q1", wide, "q2", wide)).statusCode()).isEqualTo(204);
        room.typed("p1", x -> x.question(2).equals(wide));
        String longUri = get("/p/now?" + "x".repeat(20_000));
        assertThat(status(longUri)).isBetween(400, 499);
        String deepQuery = get("/?" + "a[b][c][d]=1&".repeat(500));
        assertThat(status(deepQuery)).isLessThan(500);
        HttpResponse<String> badEncoding = p.postRaw("/p/prep", "q1=%E0%A4%A", "application/json");
        assertThat(badEncoding.statusCode()).isBetween(400, 499);
        assertThat(badEncoding.body().toLowerCase(Locale.ROOT)).doesNotContain("exception", "jetty");
        assertThat(p.get("/p/now").statusCode()).as("the phone goes on").isEqualTo(200);
        assertThat(RoomPreparations.of(room.session(), "p1").orElseThrow().question(1)).isEqualTo(wide);
    }

    private String idOf(String name) throws Exception {
        return room.session().participants().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static boolean endsWithin(BlockingQueue<String> lines) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String line;
        while ((line = lines.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
            if (line.equals(Phone.END)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextDataContaining(BlockingQueue<String> lines, String wanted) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String line;
        while ((line = lines.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS)) != null && !line.equals(Phone.END)) {
            if (line.startsWith("data: ") && line.contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
