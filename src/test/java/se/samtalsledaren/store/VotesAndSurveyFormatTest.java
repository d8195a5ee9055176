package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SurveyScale;
import se.samtalsledaren.model.VoteTally;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.session.SurveyResults;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.session.VoteRunner;

/** The dot vote and the survey in the session file (format 4): round trips, located problems, anonymity. */
class VotesAndSurveyFormatTest {
    private final SessionFormat format = new SessionFormat(new Messages(Locale.ENGLISH));

    private static String sample() throws Exception {
        return SessionFormatTest.sample();
    }

    private List<FileProblem> problems(String json) {
        try {
            format.read("s.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (FileProblemException e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }

    private Session read(String json) throws FileProblemException {
        return format.read("s.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSampleHasAClosedVoteAndBothRoundsOfTheSurvey() throws Exception {
        Session s = read(sample());
        assertThat(s.dotVote().runs()).singleElement().satisfies(run -> {
            assertThat(run.opened()).isEqualTo(Instant.parse("2026-11-23T10:05:00Z"));
            assertThat(run.closed()).isEqualTo(Instant.parse("2026-11-23T10:09:00Z"));
            assertThat(run.voters()).containsExactly("p1", "p2", "p3", "p4", "p5", "p6");
            // The result is the solutions' votes, split by role.
            for (VoteTally t : run.result()) {
                var votes = s.solutions().stream().filter(x -> x.id().equals(t.solutionId())).findFirst().orElseThrow().votes();
                assertThat(t.total()).isEqualTo(votes.values().stream().mapToInt(Integer::intValue).sum());
            }
            assertThat(run.result().get(0).dots()).isEqualTo(Map.of(Role.FORTROENDEVALD, 5, Role.TJANSTEPERSON, 4));
        });
        assertThat(s.survey().questions()).hasSize(7);
        assertThat(s.survey().questions().get(6).label()).isEqualTo(
                "14. Anser du att det finns en hög grad av tillit mellan förtroendevalda och tjänstepersoner i kommunen?");
        assertThat(SurveyResults.bothRounds(s.survey())).isTrue();
        assertThat(SurveyResults.shift(s.survey(), "enkat-14", Role.TJANSTEPERSON).getAsDouble()).isCloseTo(5 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.survey().round(BeforeAfter.AFTER).orElseThrow().comments()).singleElement()
                .satisfies(c -> assertThat(c.quoted()).isTrue());
    }

    @Test
    void anOpenVoteAndAnOpenRoundRoundTrip() throws Exception {
        FakeClock clock = FakeClock.at("2026-11-23T10:20:00Z");
        AtomicInteger n = new AtomicInteger();
        SessionRunner runner = new SessionRunner(read(sample()), clock, () -> "ny" + n.incrementAndGet());
        runner.goTo(Phase.STEP_4);
        VoteRunner vote = new VoteRunner(runner);
        vote.open(3, false);
        vote.setBallot("p1", Map.of("s20", 1, "s22", 1));
        vote.setBallot("p4", Map.of("s23", 1));
        SurveyRunner survey = new SurveyRunner(runner, () -> "ny" + n.incrementAndGet());
        survey.openRound(BeforeAfter.AFTER);
        Session s = runner.session();
        byte[] written = format.write(s);
        assertThat(format.read("again.json", written)).isEqualTo(s);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).contains("\"ballots\": {\n          \"p1\": {");
    }

    /** Every string in the survey part of a written file, keys included. */
    private static List<String> strings(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.fieldNames().forEachRemaining(out::add);
        node.forEach(child -> out.addAll(strings(child)));
        return out;
    }

    @Test
    void noParticipantIdReachesTheFileFromTheSurveyAndWhoAnsweredWhatCannotBeTold() throws Exception {
        FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
        Session base = read(sample()).withSurvey(se.samtalsledaren.model.Survey.NONE);
        byte[][] files = new byte[2][];
        for (int order = 0; order < 2; order++) {
            AtomicInteger n = new AtomicInteger();
            SessionRunner runner = new SessionRunner(base, clock, () -> "id" + n.incrementAndGet());
            SurveyRunner survey = new SurveyRunner(runner, () -> "e" + n.incrementAndGet());
            survey.addQuestion("Var samtalet till nytta?");
            String q = survey.state().questions().get(0).id();
            survey.openRound(BeforeAfter.BEFORE);
            // Karin and Jonas (both förtroendevalda) answer 5 and 2; the second time in the other order with the values swapped.
            List<String> who = order == 0 ? List.of("p1", "p2", "p4") : List.of("p4", "p2", "p1");
            int[] values = order == 0 ? new int[] {5, 2, SurveyScale.DONT_KNOW} : new int[] {SurveyScale.DONT_KNOW, 5, 2};
            for (int i = 0; i < 3; i++) {
                survey.submit(who.get(i), Map.of(q, values[i]), Map.of());
            }
            survey.closeRound();
            files[order] = format.write(runner.session());
            JsonNode tree = new ObjectMapper().readTree(files[order]).get("survey");
            for (Participant p : base.participants()) {
                assertThat(strings(tree)).as("survey part of the file").noneMatch(t -> t.equals(p.id()) || t.contains(p.name()));
            }
        }
        assertThat(new String(files[1], StandardCharsets.UTF_8)).isEqualTo(new String(files[0], StandardCharsets.UTF_8));
    }

    @Test
    void voteProblemsAreLocated() throws Exception {
        String open = sample().replace("\"closed\": \"2026-11-23T10:09:00Z\",", "");
        assertThat(problems(open)).extracting(FileProblem::message).contains(
                "an open run has ballots (\"ballots\") but no result (\"voters\", \"result\") yet");
        String early = sample().replace("\"closed\": \"2026-11-23T10:09:00Z\"", "\"closed\": \"2026-11-23T10:01:00Z\"");
        assertThat(problems(early)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$.dotVote.runs[0]");
            assertThat(p.message()).isEqualTo("the vote closes before it opens");
        });
        String stranger = sample().replaceFirst("\"voters\": \\[\n          \"p1\"", "\"voters\": [\n          \"p9\"");
        assertThat(problems(stranger)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$.dotVote.runs[0].voters[0]");
            assertThat(p.message()).isEqualTo("unknown participant \"p9\"");
            assertThat(p.line()).isGreaterThan(100);
        });
        String tooMany = sample().replace("\"dots\": 6,", "\"dots\": 21,");
        assertThat(problems(tooMany)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("$.dotVote.runs[0].dots"));
    }

    @Test
    void ballotsOfAnOpenRunAreChecked() throws Exception {
        String openRun = "\"runs\": [\n      {\n        \"opened\": \"2026-11-23T10:05:00Z\",\n        \"dots\": 2,\n"
                + "        \"stack\": false,\n        \"solutions\": [\"s20\", \"s21\"],\n"
                + "        \"ballots\": {\"p1\": {\"s20\": 2}, \"p2\": {\"s22\": 1}, \"p3\": {\"s20\": 1, \"s21\": 1}, \"p77\": {}}\n      }\n    ]";
        String json = sample().replaceFirst("(?s)\"runs\": \\[.*?\n    \\]", java.util.regex.Matcher.quoteReplacement(openRun));
        assertThat(problems(json)).extracting(p -> p.field() + ": " + p.message()).containsExactly(
                "$.dotVote.runs[0].ballots.p1.s20: several dots on one solution, which the run does not allow (\"stack\": false)",
                "$.dotVote.runs[0].ballots.p2.s22: the solution \"s22\" is not one of the run's (\"solutions\")",
                "$.dotVote.runs[0].ballots.p77: unknown participant \"p77\"");
        String fine = json.replace("\"p1\": {\"s20\": 2}, \"p2\": {\"s22\": 1}, ", "").replace(", \"p77\": {}", "");
        Session s = read(fine);
        assertThat(s.dotVote().open().orElseThrow().ballot("p3")).isEqualTo(Map.of("s20", 1, "s21", 1));
        String three = fine.replace("\"dots\": 2,", "\"dots\": 1,");
        assertThat(problems(three)).extracting(FileProblem::message).containsExactly("2 dots, but each participant has 1");
    }

    @Test
    void surveyProblemsAreLocated() throws Exception {
        String unknown = sample().replaceFirst("\"question\": \"enkat-5\"", "\"question\": \"enkat-99\"");
        assertThat(problems(unknown)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$.survey.rounds[0].answers[0].question");
            assertThat(p.message()).isEqualTo("unknown question \"enkat-99\"");
        });
        String twice = sample().replace("\"round\": \"efter\"", "\"round\": \"före\"");
        assertThat(problems(twice)).extracting(FileProblem::message).contains("the round \"före\" occurs more than once");
        String twoOpen = sample().replace("\"closed\": \"2026-11-23T09:05:00Z\",", "").replace("\"closed\": \"2026-11-23T10:34:00Z\",", "");
        assertThat(problems(twoOpen)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$.survey.rounds[1]");
            assertThat(p.message()).isEqualTo("only one round at a time may be open (without \"closed\")");
        });
        String shortCounts = sample().replaceFirst("\"counts\": \\[\n              0,", "\"counts\": [");
        assertThat(problems(shortCounts)).singleElement().satisfies(p -> assertThat(p.field()).startsWith("$.survey.rounds[0].answers[0].counts"));
        String blank = sample().replace("\"text\": \"Brist på helhetstänk.\"", "\"text\": \"\u2003\"");
        assertThat(problems(blank)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("$.survey.rounds[0].comments[2].text"));
        String id = sample().replace("\"id\": \"kommentar-fore-1\"", "\"id\": \"enkat-5\"");
        assertThat(problems(id)).extracting(FileProblem::message).containsExactly("id \"enkat-5\" occurs more than once");
        String participantInSurvey = sample().replace("\"respondents\": {\n          \"förtroendevald\": 3,",
                "\"respondents\": {\n          \"p1\": 3,");
        assertThat(problems(participantInSurvey)).isNotEmpty();
    }
}
