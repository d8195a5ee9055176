package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.VoteRun;
import se.samtalsledaren.model.VoteTally;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.session.VoteRunner;
import se.samtalsledaren.store.SessionFormat;

/**
 * The dot vote and the survey from forty phones at once, over HTTP against the real server: every
 * dot and every answer counted exactly, one ballot and one set of answers per participant, and
 * nothing in the saved session that ties an answer to a participant. Odd participants are
 * förtroendevalda, even ones tjänstepersoner (RoomFixture).
 */
class RoomVotesTest {
    private static final int PHONES = 40;
    /** Forty phones on one address (127.0.0.1) need the budget forty addresses would have. */
    private static final RoomLimits FORTY_ON_ONE_ADDRESS = RoomLimits.DEFAULTS.withPerAddress(
            new RateLimiter.Rule(20 * PHONES, Duration.ofMillis(10)));

    private static List<Phone> join(RoomFixture room) throws Exception {
        List<Phone> phones = new ArrayList<>();
        for (int i = 1; i <= PHONES; i++) {
            phones.add(room.joined("p" + i));
        }
        return phones;
    }

    /** Runs {@code work(n)} for phones 1..40 at the same moment and returns each one's result. */
    private static <T> List<T> atOnce(java.util.function.IntFunction<java.util.concurrent.Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PHONES);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int n = 1; n <= PHONES; n++) {
                java.util.concurrent.Callable<T> w = work.apply(n);
                futures.add(pool.submit(() -> {
                    go.await();
                    return w.call();
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Participant n's final ballot over solutions a, b, c (three dots, stacking allowed). */
    private static Map<String, Integer> finalBallot(int n, List<String> ids) {
        Map<String, Integer> b = new LinkedHashMap<>();
        switch (n % 4) {
            case 0 -> b.put(ids.get(0), 3);
            case 1 -> { b.put(ids.get(0), 1); b.put(ids.get(1), 2); }
            case 2 -> { b.put(ids.get(1), 1); b.put(ids.get(2), 1); }
            default -> b.put(ids.get(2), 2); // one dot left unplaced
        }
        return b;
    }

    private static Map<String, String> form(Map<String, Integer> ballot, List<String> ids) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String id : ids) {
            f.put("d." + id, Integer.toString(ballot.getOrDefault(id, 0)));
        }
        return f;
    }

    @Test
    void fortyPhonesPlaceAndMoveTheirDotsAtOnceAndEveryDotCounts() throws Exception {
        try (RoomFixture room = new RoomFixture(PHONES, FORTY_ON_ONE_ADDRESS)) {
            List<String> ids = room.onSession(() -> {
                room.runner.addSolution("Lösning A", "p1");
                room.runner.addSolution("Lösning B", "p2");
                room.runner.addSolution("Lösning C", "");
                List<String> all = room.runner.session().solutions().stream().map(Solution::id).toList();
                new VoteRunner(room.runner).open(3, true);
                return all.subList(all.size() - 3, all.size());
            });
            List<Phone> phones = join(room);
            // No ballot without a phone that joined; nobody votes twice from two phones.
            assertThat(room.phone().post("/p/vote", Map.of("d." + ids.get(0), "1")).statusCode()).isEqualTo(401);
            assertThat(room.phone().post("/j/" + room.room.token(), Map.of("participant", "p1")).statusCode()).isEqualTo(409);

            // Everyone places all three dots on A, then moves them to their final places: at once.
            List<List<Integer>> codes = atOnce(n -> () -> {
                Phone p = phones.get(n - 1);
                List<Integer> c = new ArrayList<>();
                c.add(p.postJson("/p/vote", Map.of("d." + ids.get(0), "3")).statusCode());
                // A fourth dot, a solution not voted on and a negative number are refused and change nothing.
                c.add(p.postJson("/p/vote", Map.of("d." + ids.get(0), "3", "d." + ids.get(1), "1")).statusCode());
                c.add(p.postJson("/p/vote", Map.of("d.finns-inte", "1")).statusCode());
                c.add(p.postJson("/p/vote", Map.of("d." + ids.get(0), "-1")).statusCode());
                c.add(p.postJson("/p/vote", form(finalBallot(n, ids), ids)).statusCode());
                // The same post again (a phone that sends twice) changes nothing.
                c.add(p.postJson("/p/vote", form(finalBallot(n, ids), ids)).statusCode());
                return c;
            });
            for (List<Integer> c : codes) {
                assertThat(c).containsExactly(200, 409, 409, 400, 200, 200);
            }

            Session open = room.session();
            VoteRun run = open.dotVote().open().orElseThrow();
            for (int n = 1; n <= PHONES; n++) {
                assertThat(run.ballot("p" + n)).as("p" + n).isEqualTo(finalBallot(n, ids));
            }
            assertThat(run.ballots()).hasSize(PHONES);
            // The page shows a phone its own dots only.
            String page = phones.get(0).get("/p/vote").body();
            assertThat(page).contains("Lösning A", "0 av 3 prickar kvar.");

            VoteRun closed = room.onSession(() -> new VoteRunner(room.runner).close());
            Map<String, Map<Role, Integer>> expected = new HashMap<>();
            for (int n = 1; n <= PHONES; n++) {
                Role role = n % 2 == 0 ? Role.TJANSTEPERSON : Role.FORTROENDEVALD;
                finalBallot(n, ids).forEach((id, dots) -> expected.computeIfAbsent(id, k -> new HashMap<>()).merge(role, dots, Integer::sum));
            }
            assertThat(closed.voters()).hasSize(PHONES);
            for (VoteTally t : closed.result()) {
                if (ids.contains(t.solutionId())) {
                    Map<Role, Integer> e = expected.getOrDefault(t.solutionId(), Map.of());
                    assertThat(t.of(Role.FORTROENDEVALD)).as(t.text()).isEqualTo(e.getOrDefault(Role.FORTROENDEVALD, 0));
                    assertThat(t.of(Role.TJANSTEPERSON)).as(t.text()).isEqualTo(e.getOrDefault(Role.TJANSTEPERSON, 0));
                }
            }
            // n % 4: 0 → A3 (TP), 1 → A1 B2 (FV), 2 → B1 C1 (TP), 3 → C2 (FV); ten phones each.
            assertThat(expected.get(ids.get(0))).isEqualTo(Map.of(Role.TJANSTEPERSON, 30, Role.FORTROENDEVALD, 10));
            assertThat(expected.get(ids.get(1))).isEqualTo(Map.of(Role.FORTROENDEVALD, 20, Role.TJANSTEPERSON, 10));
            assertThat(expected.get(ids.get(2))).isEqualTo(Map.of(Role.TJANSTEPERSON, 10, Role.FORTROENDEVALD, 20));
            // The ballots are the solutions' votes now, as the facilitator's typed votes are.
            Session after = room.session();
            for (int n = 1; n <= PHONES; n++) {
                for (String id : ids) {
                    Solution s = after.solutions().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                    assertThat(s.votes().getOrDefault("p" + n, 0)).isEqualTo(finalBallot(n, ids).getOrDefault(id, 0));
                }
            }
            HttpResponse<String> late = phones.get(5).postJson("/p/vote", Map.of("d." + ids.get(0), "1"));
            assertThat(late.statusCode()).as("a closed vote takes no ballot").isEqualTo(409);
            assertThat(phones.get(5).get("/p/vote").body()).contains("Ingen röstning pågår");
        }
    }

    @Test
    void fortyPhonesAnswerTheSurveyAtOnceOnceEachAndAnonymously() throws Exception {
        try (RoomFixture room = new RoomFixture(PHONES, FORTY_ON_ONE_ADDRESS)) {
            List<String> questions = room.onSession(() -> {
                // The facilitator's survey: the state is the session's, so any runner on it sets it up.
                SurveyRunner s = new SurveyRunner(room.runner, () -> java.util.UUID.randomUUID().toString().substring(0, 8));
                s.addQuestion("Vi har en gemensam bild av uppdraget");
                s.addQuestion("Tilliten mellan oss är hög");
                s.openRound(BeforeAfter.BEFORE);
                return room.runner.session().survey().questions().stream().map(SurveyQuestion::id).toList();
            });
            List<Phone> phones = join(room);
            assertThat(phones.get(0).get("/p/survey").body()).contains("Vi har en gemensam bild av uppdraget", "Vet inte");

            // Participant n answers q1 with n % 6 (0 is vet inte) and q2 with 1 + n % 5; every fifth comments.
            List<List<Integer>> codes = atOnce(n -> () -> {
                Phone p = phones.get(n - 1);
                Map<String, String> f = new LinkedHashMap<>();
                f.put("q." + questions.get(0), Integer.toString(n % 6));
                f.put("q." + questions.get(1), Integer.toString(1 + n % 5));
                if (n % 5 == 0) {
                    f.put("c." + questions.get(1), "Kommentar " + n);
                }
                List<Integer> c = new ArrayList<>();
                c.add(p.postJson("/p/survey", Map.of("q." + questions.get(0), "6")).statusCode());
                c.add(p.postJson("/p/survey", f).statusCode());
                c.add(p.postJson("/p/survey", f).statusCode());
                return c;
            });
            for (List<Integer> c : codes) {
                // Off the scale: refused before anything counts; then taken once, and only once.
                assertThat(c).containsExactly(400, 204, 409);
            }
            assertThat(phones.get(3).get("/p/survey").body()).contains("Tack!");

            Session s = room.session();
            SurveyRound round = s.survey().round(BeforeAfter.BEFORE).orElseThrow();
            assertThat(round.respondents(Role.FORTROENDEVALD)).isEqualTo(20);
            assertThat(round.respondents(Role.TJANSTEPERSON)).isEqualTo(20);
            int[][][] expected = new int[2][2][6]; // question, role (0 FV, 1 TP), answer index (1..5, vet inte)
            for (int n = 1; n <= PHONES; n++) {
                int role = n % 2 == 0 ? 1 : 0;
                int v1 = n % 6;
                expected[0][role][v1 == 0 ? 5 : v1 - 1]++;
                expected[1][role][(1 + n % 5) - 1]++;
            }
            for (int q = 0; q < 2; q++) {
                assertThat(round.counts(questions.get(q), Role.FORTROENDEVALD).counts())
                        .containsExactly(java.util.Arrays.stream(expected[q][0]).boxed().toArray(Integer[]::new));
                assertThat(round.counts(questions.get(q), Role.TJANSTEPERSON).counts())
                        .containsExactly(java.util.Arrays.stream(expected[q][1]).boxed().toArray(Integer[]::new));
            }
            assertThat(round.comments()).extracting(c -> c.text()).containsExactly("Kommentar 10", "Kommentar 15", "Kommentar 20",
                    "Kommentar 25", "Kommentar 30", "Kommentar 35", "Kommentar 40", "Kommentar 5");

            // Anonymity: the saved survey names no participant, by id or by name.
            String file = new String(new SessionFormat(new Messages(Locale.ENGLISH)).write(s), StandardCharsets.UTF_8);
            String survey = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file).get("survey").toString();
            assertThat(survey).contains("Tilliten mellan oss är hög", "Kommentar 40");
            for (int n = 1; n <= PHONES; n++) {
                assertThat(survey).doesNotContain("\"p" + n + "\"", "Deltagare " + n + "\"");
            }
            assertThat(survey).doesNotContain("participant");
        }
    }
}
