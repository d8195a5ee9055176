package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The holes an attacker's pass found after the room landed, each closed: slow bodies and slow
 * headers from one address that froze every phone, and the small ones after them. The attacker
 * sends from 127.0.0.2 (on Linux all of 127/8 is the loopback), the phones from 127.0.0.1.
 */
class RoomHardeningTest {
    private static final InetAddress ATTACKER = address("127.0.0.2");
    private RoomFixture room;
    private final List<AutoCloseable> sockets = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable s : sockets) {
            s.close();
        }
        if (room != null) {
            room.close();
        }
    }

    private static InetAddress address(String a) {
        try {
            return InetAddress.getByName(a);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A socket from the attacker's address that has sent {@code head} and waits. */
    private Socket attacker(String head) throws Exception {
        Socket s = new Socket();
        sockets.add(s);
        s.bind(new InetSocketAddress(ATTACKER, 0));
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), room.server.port()), 3_000);
        s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return s;
    }

    private String slowPost(String host) {
        return "POST / HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 1000\r\n\r\ncode=";
    }

    /** The phone's state, asked with a short timeout: a starved server fails this. */
    private static int promptState(Phone p) throws Exception {
        HttpResponse<String> r = p.send(p.request("/p/state").header("Accept", "application/json").timeout(Duration.ofSeconds(3))
                .GET().build());
        return r.statusCode();
    }

    /** What the socket reads until the server ends the connection (or the timeout passes: then null). */
    private static String answer(Socket s, Duration timeout) throws Exception {
        s.setSoTimeout((int) timeout.toMillis());
        InputStream in = s.getInputStream();
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                got.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return null;
        } catch (java.net.SocketException e) {
            // reset after the answer
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    @Test
    void slowBodiesFromOneAddressLeaveThePhonesTheirThreads() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        Phone phone = room.joined("p1");
        String host = "127.0.0.1:" + room.server.port();
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            slow.add(attacker(slowPost(host)));
        }
        List<Socket> wrongHost = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            wrongHost.add(attacker(slowPost("evil.example")));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(promptState(phone)).as("a joined phone is answered while 88 bodies trickle in").isEqualTo(200);
        }
        // A refusal answers at once without waiting for the body.
        String refused = answer(wrongHost.get(wrongHost.size() - 1), Duration.ofSeconds(3));
        assertThat(refused).as("the wrong host is refused without reading the body").isNotNull().startsWith("HTTP/1.1 421");
        // A body that does not arrive is cut off with its connection within the deadline.
        String cut = answer(slow.get(0), RoomServer.BODY_DEADLINE.plusSeconds(3));
        assertThat(cut).as("the slow body's connection ends").isNotNull();
        assertThat(promptState(phone)).isEqualTo(200);
        assertThat(phone.post("/p/hand", java.util.Map.of("up", "1")).statusCode()).as("a phone's post goes through").isEqualTo(303);
    }

    @Test
    void oneAddressCannotHoldMoreThanItsShareOfConnections() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        Phone phone = room.joined("p1");
        int extra = 10;
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < RoomServer.CONNECTIONS_PER_ADDRESS + extra; i++) {
                SocketChannel c = SocketChannel.open();
                sockets.add(c);
                c.bind(new InetSocketAddress(ATTACKER, 0));
                c.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), room.server.port()));
                c.write(ByteBuffer.wrap("GET / HTTP/1.1\r\nX-a: ".getBytes(StandardCharsets.ISO_8859_1)));
                c.configureBlocking(false);
                c.register(selector, SelectionKey.OP_READ);
            }
            int closed = 0;
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (closed < extra && System.nanoTime() < until) {
                closed += closedNow(selector, 200);
            }
            closed += closedNow(selector, 300);
            assertThat(closed).as("the connections beyond the address's share are closed, the others stay").isEqualTo(extra);
        }
        assertThat(promptState(phone)).as("the phone on another address is answered").isEqualTo(200);
        for (AutoCloseable s : sockets) {
            s.close();
        }
        sockets.clear();
        // The share comes back once the connections are gone (the count is released as each closes).
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String again = null;
        while (again == null && System.nanoTime() < until) {
            Socket s = attacker("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\nConnection: close\r\n\r\n");
            again = answer(s, Duration.ofSeconds(3));
            again = again != null && again.startsWith("HTTP/1.1 200") ? again : null;
        }
        assertThat(again).as("the address may connect again").isNotNull();
    }

    /** Waits up to {@code ms} for channels to become readable; counts (and drops) those the server closed. */
    private static int closedNow(Selector selector, long ms) throws Exception {
        int closed = 0;
        if (selector.select(ms) > 0) {
            ByteBuffer buf = ByteBuffer.allocate(4096);
            for (SelectionKey k : selector.selectedKeys()) {
                buf.clear();
                int n;
                try {
                    n = ((SocketChannel) k.channel()).read(buf);
                } catch (java.io.IOException e) {
                    n = -1;
                }
                if (n < 0) {
                    closed++;
                    k.cancel();
                }
            }
            selector.selectedKeys().clear();
        }
        return closed;
    }

    @Test
    void anUnknownCharsetIsAShortRefusal() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        Phone p = room.joined("p1");
        for (String charset : List.of("utf-7", "nope", "", "\"x\"")) {
            String body = "up=1";
            String answer = room.raw("POST /p/hand HTTP/1.1\r\nHost: 127.0.0.1:" + room.server.port() + "\r\nCookie: "
                    + RoomServer.COOKIE + "=" + p.cookie + "\r\nContent-Type: application/x-www-form-urlencoded; charset=" + charset
                    + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
            assertThat(answer).as(charset).startsWith("HTTP/1.1 415").doesNotContainIgnoringCase("exception");
        }
        assertThat(RoomServer.knownCharset("application/x-www-form-urlencoded; charset=UTF-8")).isTrue();
        assertThat(RoomServer.knownCharset("application/x-www-form-urlencoded")).isTrue();
        assertThat(room.session().floor().queue()).isEmpty();
    }

    @Test
    void preparationFieldsWithLeadingZerosAreRefusedNotLost() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        Phone p = room.joined("p1");
        for (String field : List.of("q01", "q001", "s01", "q0", "s0")) {
            assertThat(p.postJson("/p/prep", java.util.Map.of(field, "text")).statusCode()).as(field).isEqualTo(400);
        }
        assertThat(p.postJson("/p/prep", java.util.Map.of("q1", "kvar")).statusCode()).isEqualTo(204);
        room.typed("p1", x -> x.question(1).equals("kvar"));
    }

    /** The fixture's room closed and opened again by the same window: new secrets, the same claims. */
    private RoomServer reopen(RoomServer old, Room before, Room after) throws Exception {
        old.close();
        before.clear();
        return RoomServer.start(after, room.port, room.clock, List.of(InetAddress.getLoopbackAddress()), 0, 200);
    }

    private static Phone at(RoomServer server, Phone p) {
        Phone moved = new Phone(server.base(InetAddress.getLoopbackAddress()));
        moved.cookie = p.cookie;
        moved.key = p.key;
        return moved;
    }

    @Test
    void aNameStaysWithItsPhoneAcrossOpeningsUntilTheFacilitatorReleasesIt() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS);
        Phone mine = room.joined("p1");
        assertThat(mine.postJson("/p/prep", java.util.Map.of("s1", "MIN-EGEN-TEXT")).statusCode()).isEqualTo(204);
        room.typed("p1", x -> x.step(se.samtalsledaren.model.Phase.STEP_1).equals("MIN-EGEN-TEXT"));

        Room second = new Room(new Tokens(), room.clock, RoomLimits.DEFAULTS, room.room.claims());
        RoomServer server = reopen(room.server, room.room, second);
        try {
            Phone stranger = new Phone(server.base(InetAddress.getLoopbackAddress()));
            HttpResponse<String> refused = stranger.post("/j/" + second.token(), java.util.Map.of("participant", "p1"));
            assertThat(refused.statusCode()).as("another phone cannot pick a name bound to a phone").isEqualTo(409);
            assertThat(refused.body()).contains("Det här namnet används redan – be samtalsledaren om hjälp");
            assertThat(stranger.cookie).isNull();

            Phone back = at(server, mine);
            assertThat(back.get("/p/now").statusCode()).as("the old opening's cookie ends with it").isEqualTo(401);
            back.join(second.token(), "p1");
            assertThat(back.get("/p/prep").body()).as("the same phone comes back as the same participant").contains("MIN-EGEN-TEXT");

            assertThat(second.remove(second.devices().get(0).id())).isTrue();
            for (Phone who : List.of(back, stranger)) {
                assertThat(who.post("/j/" + second.token(), java.util.Map.of("participant", "p1")).statusCode())
                        .as("a removed phone's name is held, for it too").isEqualTo(409);
            }
            second.claims().release("p1");
            stranger.join(second.token(), "p1");
            assertThat(back.post("/j/" + second.token(), java.util.Map.of("participant", "p1")).statusCode())
                    .as("the released name is now the other phone's").isEqualTo(409);
        } finally {
            server.close();
        }
    }

    @Test
    void walkInsAtTheSameMomentKeepToTheWindowsCap() throws Exception {
        RoomLimits d = RoomLimits.DEFAULTS;
        RoomLimits limits = new RoomLimits(d.maxBodyBytes(), d.maxTextChars(), d.maxPreparationChars(), d.maxRoomChars(),
                d.maxNameChars(), 5, d.maxDevices(), d.maxStreams(), d.perDevice(),
                new RateLimiter.Rule(1_000, Duration.ofMillis(1)), d.wrongCodes(), d.typingBatch());
        room = new RoomFixture(2, limits);
        room.room.setWalkInsAllowed(true);
        int n = 24;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    // At most four bodies are read at once per address (slow-body hardening): on a busy
                    // machine some of 24 phones behind one address are told 429 and send again, as a
                    // participant would.
                    int status = 429;
                    for (int attempt = 0; attempt < 200 && status == 429; attempt++) {
                        status = room.phone().post("/j/" + room.room.token(), java.util.Map.of("name", "Samtidig " + k, "role", "annan"))
                                .statusCode();
                    }
                    return status;
                }));
            }
            start.countDown();
            int in = 0;
            for (java.util.concurrent.Future<Integer> a : answers) {
                int status = a.get(20, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(status).isIn(303, 503);
                in += status == 303 ? 1 : 0;
            }
            assertThat(in).as("walk-ins let in").isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(room.session().participants()).hasSize(2 + 5);
        Room second = new Room(new Tokens(), room.clock, limits, room.room.claims());
        second.setWalkInsAllowed(true);
        RoomServer server = reopen(room.server, room.room, second);
        try {
            Phone late = new Phone(server.base(InetAddress.getLoopbackAddress()));
            assertThat(late.post("/j/" + second.token(), java.util.Map.of("name", "Efter", "role", "annan")).statusCode())
                    .as("the cap is the window's, not the opening's").isEqualTo(503);
        } finally {
            server.close();
        }
    }

    @Test
    void walkInNamesThatLookLikeAListedOneAreRefused() throws Exception {
        room = new RoomFixture(2, RoomLimits.DEFAULTS.withPerAddress(new RateLimiter.Rule(1_000, Duration.ofMillis(1))));
        room.room.setWalkInsAllowed(true);
        for (String lookalike : List.of("Deltagare\u00a01", "Deltagare 1\u200b", "D\u0435ltagare 1", "\u202eDeltagare 1",
                "DELTAGARE 1", "Deltagare\u2003\u20031", "\uff24\uff45\uff4c\uff54\uff41\uff47\uff41\uff52\uff45 \uff11",
                "Del\u00adtagare 1", "Deltagare1", "\u0394eltagare 1".replace("\u0394", "D"), "\u0392eltagare 2".replace("\u0392", "D"))) {
            HttpResponse<String> r = room.phone().post("/j/" + room.room.token(), java.util.Map.of("name", lookalike, "role", "annan"));
            assertThat(r.statusCode()).as(lookalike).isEqualTo(409);
        }
        Phone eva = room.phone();
        assertThat(eva.post("/j/" + room.room.token(), java.util.Map.of("name", " Eva\u200b\u00a0Berg\u202e ", "role", "annan"))
                .statusCode()).isEqualTo(303);
        assertThat(room.session().participants()).extracting(se.samtalsledaren.model.Participant::name)
                .containsExactly("Deltagare 1", "Deltagare 2", "Eva Berg");
        assertThat(room.phone().post("/j/" + room.room.token(), java.util.Map.of("name", "\u0415\u03bd\u0430 \u0412\u0435rg", "role", "annan"))
                .statusCode()).as("Cyrillic and Greek look-alikes of a walk-in's name").isEqualTo(409);
        assertThat(Names.key("\u0415\u03bd\u0430 \u0412\u0435rg")).isEqualTo(Names.key("Eva Berg"));
        assertThat(Names.key("\u0415v\u0430")).as("Cyrillic E and a").isEqualTo("eva");
        assertThat(Names.normalise("Åsa\u200d Öberg")).isEqualTo("Åsa Öberg");
    }
}
