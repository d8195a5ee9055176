package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Phase;

/** Opening and closing the room of one session: new secrets each time, the port kept, walk-ins removed. */
class RoomHostTest {
    private static final List<InetAddress> LOOPBACK = List.of(InetAddress.getLoopbackAddress());

    @Test
    void reopeningKeepsThePortButNotTheSecretsOrTheDevices() throws Exception {
        try (RoomFixture f = new RoomFixture(3, RoomLimits.DEFAULTS)) {
            f.server.close();
            RoomHost host = new RoomHost(f.port, f.clock, RoomLimits.DEFAULTS, new Tokens(), 200);
            java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
            host.addListener(heard::incrementAndGet);
            host.setWalkInsAllowed(true);
            host.open(LOOPBACK, 0);
            int port = host.port();
            assertThat(port).isPositive();
            String base = host.server().orElseThrow().base(LOOPBACK.get(0));
            String firstToken = host.room().orElseThrow().token();
            assertThat(host.joinUrl(LOOPBACK.get(0))).hasValue(base + "/j/" + firstToken);
            assertThat(host.shortUrl(LOOPBACK.get(0))).hasValue(base + "/" + host.room().orElseThrow().code());
            assertThat(host.room().orElseThrow().walkInsAllowed()).isTrue();
            Phone phone = new Phone(base);
            phone.join(firstToken, "p1");
            assertThat(phone.get("/p/now").statusCode()).isEqualTo(200);

            host.close();
            assertThat(host.isOpen()).isFalse();
            assertThatThrownBy(() -> phone.get("/p/now")).isInstanceOf(java.io.IOException.class);

            host.open(LOOPBACK, 0);
            assertThat(host.port()).as("the same address for the phones").isEqualTo(port);
            assertThat(host.room().orElseThrow().token()).isNotEqualTo(firstToken);
            assertThat(phone.get("/p/now").statusCode()).as("closing ended the phone's access").isEqualTo(401);
            assertThat(phone.get("/j/" + firstToken).statusCode()).isEqualTo(404);
            assertThat(host.room().orElseThrow().walkInsAllowed()).as("the setting is kept").isTrue();
            assertThat(heard.get()).isGreaterThanOrEqualTo(4);
            host.close();
        }
    }

    @Test
    void typingWaitingForItsBatchReachesTheSessionWhenTheRoomCloses() throws Exception {
        // The room panel's way (the window closes): the typing first, then the server off the FX thread.
        lastTypingReachesTheSession(host -> {
            host.flushTyping();
            host.close();
        });
    }

    @Test
    void quittingPutsTheLastTypingIntoTheSession() throws Exception {
        lastTypingReachesTheSession(RoomHost::closeHere);
    }

    /** A phone's last edit waits for a batch ten minutes away; {@code closing} on the session's thread puts it in the session. */
    private static void lastTypingReachesTheSession(java.util.function.Consumer<RoomHost> closing) throws Exception {
        RoomLimits slow = slowBatches();
        try (RoomFixture f = new RoomFixture(2, slow)) {
            f.server.close();
            RoomHost host = new RoomHost(f.port, f.clock, slow, new Tokens(), 200);
            host.open(LOOPBACK, 0);
            Phone phone = new Phone(host.server().orElseThrow().base(LOOPBACK.get(0)));
            phone.join(host.room().orElseThrow().token(), "p2");
            phone.postJson("/p/prep", Map.of("q2", "det första"));
            f.typed("p2", p -> p.question(2).equals("det första"));
            assertThat(phone.postJson("/p/prep", Map.of("q2", "det sista före avslut")).statusCode()).isEqualTo(204);
            assertThat(RoomPreparations.of(f.session(), "p2").orElseThrow().question(2)).as("the next batch is ten minutes away")
                    .isEqualTo("det första");
            f.onSession(() -> closing.accept(host));
            assertThat(host.isOpen()).isFalse();
            assertThat(RoomPreparations.of(f.session(), "p2").orElseThrow().question(2)).isEqualTo("det sista före avslut");
            assertThatThrownBy(() -> phone.getJson("/p/state")).as("the server is gone").isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void typingAfterTheLastBatchIsRefusedNotDropped() throws Exception {
        RoomLimits slow = slowBatches();
        try (RoomFixture f = new RoomFixture(2, slow)) {
            f.onSession(() -> f.server.flushTyping());
            HttpResponse<String> late = f.joined("p1").postJson("/p/prep", Map.of("s1", "för sent"));
            assertThat(late.statusCode()).as("the phone keeps its text and says the room is closed").isEqualTo(503);
            assertThat(late.body()).contains("stängt");
            assertThat(RoomPreparations.of(f.session(), "p1")).isEmpty();
        }
    }

    /** The app's limits with a batch of typing every ten minutes: what waits for it is plain to see. */
    private static RoomLimits slowBatches() {
        RoomLimits d = RoomLimits.DEFAULTS;
        return new RoomLimits(d.maxBodyBytes(), d.maxTextChars(), d.maxPreparationChars(), d.maxRoomChars(), d.maxNameChars(),
                d.maxWalkIns(), d.maxDevices(), d.maxStreams(), d.perDevice(), d.perAddress(), d.wrongCodes(),
                java.time.Duration.ofMinutes(10));
    }

    @Test
    void aTakenPortIsAClearError() throws Exception {
        try (RoomFixture f = new RoomFixture(1, RoomLimits.DEFAULTS);
             ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RoomHost host = new RoomHost(f.port, f.clock, RoomLimits.DEFAULTS, new Tokens(), 200);
            assertThatThrownBy(() -> host.open(LOOPBACK, taken.getLocalPort()))
                    .isInstanceOf(RoomServer.StartFailed.class)
                    .satisfies(e -> assertThat(((RoomServer.StartFailed) e).port()).isEqualTo(taken.getLocalPort()));
            assertThat(host.isOpen()).isFalse();
        }
    }

    @Test
    void aRemovedWalkInLeavesTheListUnlessTheRecordNamesThem() throws Exception {
        try (RoomFixture f = new RoomFixture(2, RoomLimits.DEFAULTS)) {
            f.server.close();
            RoomHost host = new RoomHost(f.port, f.clock, RoomLimits.DEFAULTS, new Tokens(), 200);
            host.setWalkInsAllowed(true);
            host.open(LOOPBACK, 0);
            String base = host.server().orElseThrow().base(LOOPBACK.get(0));
            String token = host.room().orElseThrow().token();
            Phone quiet = new Phone(base);
            quiet.post("/j/" + token, Map.of("name", "Tyst Gäst", "role", "annan"));
            quiet.postJson("/p/prep", Map.of("s1", "gästens text"));
            quiet.postJson("/p/hand", Map.of("up", "1"));
            Phone talker = new Phone(base);
            talker.post("/j/" + token, Map.of("name", "Pratglad Gäst", "role", "annan"));
            String quietId = f.session().participants().get(2).id();
            String talkerId = f.session().participants().get(3).id();
            f.onSession(() -> {
                f.runner.goTo(Phase.STEP_1);
                f.floor.giveFloorTo(talkerId);
                f.floor.endSlot();
            });

            assertThat(host.removeWalkIn(quietId).get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(f.session().participant(quietId)).isEmpty();
            assertThat(RoomPreparations.of(f.session(), quietId)).isEmpty();
            assertThat(f.session().floor().queue()).doesNotContain(quietId);
            assertThat(quiet.get("/p/now").statusCode()).isEqualTo(401);

            assertThat(host.removeWalkIn(talkerId).get(10, TimeUnit.SECONDS)).as("they spoke: they stay in the record").isFalse();
            assertThat(f.session().participant(talkerId)).isPresent();
            assertThat(talker.get("/p/now").statusCode()).isEqualTo(401);
            assertThat(host.room().orElseThrow().devices()).isEmpty();
            host.close();
        }
    }
}
