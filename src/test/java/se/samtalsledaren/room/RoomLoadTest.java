package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Session;

/** Forty participants prepare and raise their hands at once: nothing is lost, the queue keeps arrival order. */
class RoomLoadTest {
    private static final int PHONES = 40;
    /** Forty phones on one address (127.0.0.1) need the budget forty addresses would have. */
    private static final RoomLimits FORTY_ON_ONE_ADDRESS = RoomLimits.DEFAULTS.withPerAddress(
            new RateLimiter.Rule(10 * PHONES, Duration.ofMillis(10)));

    @Test
    void fortyPhonesTypingAndRaisingHandsAtOnceLoseNothing() throws Exception {
        try (RoomFixture room = new RoomFixture(PHONES, FORTY_ON_ONE_ADDRESS)) {
            List<Phone> phones = new ArrayList<>();
            for (int i = 1; i <= PHONES; i++) {
                phones.add(room.joined("p" + i));
            }
            ExecutorService pool = Executors.newFixedThreadPool(PHONES);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> positions = new ArrayList<>();
                List<Future<List<Integer>>> saves = new ArrayList<>();
                for (int i = 0; i < PHONES; i++) {
                    Phone p = phones.get(i);
                    int n = i + 1;
                    saves.add(pool.submit(() -> {
                        go.await();
                        List<Integer> codes = new ArrayList<>();
                        for (int round = 1; round <= 5; round++) {
                            codes.add(p.postJson("/p/prep", Map.of("q" + round, "Deltagare " + n + " om fråga " + round,
                                    "s" + round, "Steg " + round + " enligt " + n)).statusCode());
                        }
                        return codes;
                    }));
                    positions.add(pool.submit(() -> {
                        go.await();
                        HttpResponse<String> r = p.postJson("/p/hand", Map.of("up", "1"));
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                        Matcher m = Pattern.compile("\"position\":(\\d+)").matcher(r.body());
                        assertThat(m.find()).isTrue();
                        return Integer.parseInt(m.group(1));
                    }));
                }
                go.countDown();
                List<Integer> answered = new ArrayList<>();
                for (Future<Integer> f : positions) {
                    answered.add(f.get(60, TimeUnit.SECONDS));
                }
                for (Future<List<Integer>> f : saves) {
                    assertThat(f.get(60, TimeUnit.SECONDS)).containsOnly(204);
                }

                // Every edit was accepted; the last batch reaches the session within one interval.
                Session s = room.sessionWhen(x -> java.util.stream.IntStream.rangeClosed(1, PHONES).allMatch(n ->
                        RoomPreparations.of(x, "p" + n).map(p -> p.step(Phase.STEP_5).equals("Steg 5 enligt " + n)).orElse(false)));
                List<String> queue = s.floor().queue();
                assertThat(queue).hasSize(PHONES).doesNotHaveDuplicates();
                for (int i = 0; i < PHONES; i++) {
                    // Each phone was told its place when its hand went up; hands are only added, so
                    // the place it was told is where it still stands: the queue is in arrival order.
                    assertThat(queue.get(answered.get(i) - 1)).isEqualTo("p" + (i + 1));
                }
                for (int n = 1; n <= PHONES; n++) {
                    Preparation prep = RoomPreparations.of(s, "p" + n).orElseThrow();
                    for (int round = 1; round <= 5; round++) {
                        assertThat(prep.question(round)).isEqualTo("Deltagare " + n + " om fråga " + round);
                        assertThat(prep.step(Phase.ofStep(round))).isEqualTo("Steg " + round + " enligt " + n);
                    }
                }
                assertThat(s.preparations()).hasSize(PHONES + 1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void handsRaisedOneAfterAnotherQueueInThatOrder() throws Exception {
        try (RoomFixture room = new RoomFixture(PHONES, FORTY_ON_ONE_ADDRESS)) {
            List<String> order = new ArrayList<>();
            for (int i = PHONES; i >= 1; i--) {
                Phone p = room.joined("p" + i);
                assertThat(p.postJson("/p/hand", Map.of("up", "1")).statusCode()).isEqualTo(200);
                order.add("p" + i);
            }
            room.onSession(() -> room.floor.raiseHand("p7"));
            assertThat(room.session().floor().queue()).as("a phone's hand and Ctrl+N share one queue").isEqualTo(order);
        }
    }
}
