package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Solution;

class SessionFormatTest {
    private final SessionFormat format = new SessionFormat(new Messages(Locale.ENGLISH));

    static String sample() throws Exception {
        return Files.readString(Path.of("examples/sample-session.json"));
    }

    private List<FileProblem> problems(String json) {
        try {
            format.read("s.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (FileProblemException e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void theSampleSessionIsCompleteAndValid() throws Exception {
        Session s = format.read("sample-session.json", sample().getBytes(StandardCharsets.UTF_8));
        assertThat(s.caseRef().number()).isEqualTo(11);
        assertThat(s.participants()).hasSize(6);
        assertThat(s.participants().stream().filter(p -> p.role() == Role.FORTROENDEVALD)).hasSize(3);
        assertThat(s.participants().stream().filter(p -> p.role() == Role.TJANSTEPERSON)).hasSize(3);
        for (Phase p : Phase.values()) {
            if (p.isStep()) {
                assertThat(s.notesFor(p)).as(p.key()).isNotEmpty();
            }
        }
        assertThat(s.solutions()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.solutions()).allMatch(x -> x.horizon() != null && x.totalVotes() > 0);
        assertThat(s.solutions()).extracting(Solution::horizon).contains(Horizon.SHORT, Horizon.LONG);
        assertThat(s.solutions().stream().filter(Solution::chosen)).allMatch(x -> !x.consequences().isEmpty());
        assertThat(s.agreements()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.timeLog()).extracting(t -> t.phase()).contains(Phase.values());
    }

    @Test
    void writingAndReadingGivesTheSameSession() throws Exception {
        Session s = format.read("sample-session.json", sample().getBytes(StandardCharsets.UTF_8));
        byte[] written = format.write(s);
        assertThat(format.read("again.json", written)).isEqualTo(s);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(sample());
    }

    @Test
    void unknownParticipantReferenceIsLocated() throws Exception {
        List<FileProblem> ps = problems(sample().replaceFirst("\"participant\": \"p2\"", "\"participant\": \"p9\""));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("unknown participant \"p9\"");
            assertThat(p.field()).startsWith("$.notes.step1[");
            assertThat(p.line()).isGreaterThan(40);
        });
    }

    @Test
    void newerFormatIsRefusedClearly() throws Exception {
        FileProblem p = problems(sample().replace("\"formatVersion\": 4", "\"formatVersion\": 7")).get(0);
        assertThat(p.message()).contains("newer version", "format 7");
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void badDatesAndTimeOrderAreReported() throws Exception {
        assertThat(problems(sample().replace("\"date\": \"2026-11-23\"", "\"date\": \"23/11/2026\"")).get(0).field()).isEqualTo("$.date");
        String swapped = sample().replace("\"start\": \"2026-11-23T09:11:00Z\"", "\"start\": \"2026-11-23T09:05:00Z\"");
        assertThat(problems(swapped)).extracting(FileProblem::message).containsExactly(
                "the time log is out of order: a segment starts before the previous one ends");
    }

    @Test
    void duplicateIdsAreRefused() throws Exception {
        String dup = sample().replace("\"id\": \"n2\"", "\"id\": \"n1\"");
        assertThat(problems(dup)).extracting(FileProblem::message).containsExactly("id \"n1\" occurs more than once");
    }

    @Test
    void schemaProblemsNameTheField() throws Exception {
        FileProblem p = problems(sample().replace("\"role\": \"tjänsteperson\"", "\"role\": \"chef\"")).get(0);
        assertThat(p.field()).isEqualTo("$.participants[3].role");
    }

    @Test
    void theSampleCarriesARealisticSpeakingLog() throws Exception {
        Session s = format.read("sample-session.json", sample().getBytes(StandardCharsets.UTF_8));
        se.samtalsledaren.session.Airtime a = se.samtalsledaren.session.Airtime.of(s, s.timeLog().get(s.timeLog().size() - 1).end());
        assertThat(s.floor().log()).hasSizeGreaterThan(30);
        assertThat(s.participants()).allMatch(p -> a.of(p.id()).turns() > 0);
        assertThat(a.of("p1").time()).as("the chair talks most").isGreaterThan(a.of("p5").time().multipliedBy(3));
        assertThat(s.floor().slotSeconds(Phase.STEP_5)).isEqualTo(90);
    }

    @Test
    void formatOneFilesAreReadWithAnEmptyFloor() throws Exception {
        String v1 = sample().replace("\"formatVersion\": 4", "\"formatVersion\": 1");
        v1 = v1.substring(0, v1.indexOf(",\n  \"floor\"")) + "\n}\n";
        Session s = format.read("old.json", v1.getBytes(StandardCharsets.UTF_8));
        assertThat(s.floor()).isEqualTo(se.samtalsledaren.model.Floor.EMPTY);
        assertThat(s.notesFor(Phase.STEP_1)).isNotEmpty();
        assertThat(new String(format.write(s), StandardCharsets.UTF_8)).contains("\"formatVersion\": 4");
    }

    @Test
    void speakingLogProblemsAreLocated() throws Exception {
        String unknown = sample().replaceFirst("\"participant\": \"p6\",\n        \"phase\"", "\"participant\": \"p66\",\n        \"phase\"");
        assertThat(problems(unknown)).singleElement().satisfies(p -> {
            assertThat(p.field()).matches("\\$\\.floor\\.log\\[\\d+\\]\\.participant");
            assertThat(p.message()).isEqualTo("unknown participant \"p66\"");
        });
        String open = sample().replaceFirst(",\n        \"end\": \"2026-11-23T09:1[0-9]:[0-9]{2}Z\"", "");
        assertThat(problems(open)).extracting(FileProblem::message)
                .containsExactly("only the last turn in the speaking log may lack an end");
        String queued = sample().replace("\"queue\": []", "\"queue\": [\"p1\", \"p1\"]");
        assertThat(problems(queued)).extracting(FileProblem::message).containsExactly("participant \"p1\" is already in the speaker queue");
    }

    @Test
    void importedPreparationsAreSavedAndReadBack() throws Exception {
        Session s = format.read("sample-session.json", sample().getBytes(StandardCharsets.UTF_8));
        PreparationFormat prep = new PreparationFormat(new Messages(Locale.ENGLISH));
        var per = prep.read("per.json", PreparationFormatTest.sample().getBytes(StandardCharsets.UTF_8));
        var anonymous = PreparationFormatTest.preparation("f-2", "Anna", true);
        Session with = s.withPreparations(List.of(per, anonymous));
        String written = new String(format.write(with), StandardCharsets.UTF_8);
        assertThat(written).contains("\"preparations\": [");
        assertThat(format.read("again.json", written.getBytes(StandardCharsets.UTF_8))).isEqualTo(with);
        // A session without preparations is written as before.
        assertThat(new String(format.write(s), StandardCharsets.UTF_8)).doesNotContain("preparations");

        String broken = written.replace("\"reflection\": \"Var tydlig", "\"reflektion\": \"Var tydlig");
        assertThat(problems(broken)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.field()).startsWith("$.preparations[0].questions[1]");
            assertThat(p.line()).isGreaterThan(500);
        });
        String otherCase = written.replaceFirst("\"id\": \"skr-11\",\n {8}\"number\": 11", "\"id\": \"skr-03\",\n        \"number\": 3");
        assertThat(problems(otherCase)).extracting(FileProblem::field).containsExactly("$.preparations[0].case.id");
        String twice = written.replace("\"id\": \"f-2\"", "\"id\": \"f-7c1e2a90\"");
        assertThat(problems(twice)).extracting(FileProblem::message).containsExactly("id \"f-7c1e2a90\" occurs more than once");
    }

    @Test
    void theReadBackCheckPassesWhatItWroteAndLocatesWhatItRefuses() throws Exception {
        Session s = format.read("s.json", sample().getBytes(StandardCharsets.UTF_8));
        format.verify("s.json", format.write(s));
        String bad = sample().replace("\"role\": \"tjänsteperson\"", "\"role\": \"chef\"");
        assertThatThrownBy(() -> format.verify("s.json", bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FileProblemException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("$.participants[3].role");
                    assertThat(e.problems().get(0).line()).as("located by the second, located read").isGreaterThan(1);
                });
    }

    @Test
    void aSessionTheReaderWouldRefuseIsNeverSaved(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Session s = format.read("s.json", sample().getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("s.json");
        SessionStore store = new SessionStore(new Messages(Locale.ENGLISH));
        store.save(file, s);
        byte[] before = Files.readAllBytes(file);
        Session tooLong = s.withInfo(new se.samtalsledaren.model.SessionInfo("x".repeat(301), s.info().date(),
                s.info().place(), s.info().facilitator()));
        assertThatThrownBy(() -> store.save(file, tooLong)).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("the session cannot be saved in a form that opens again").hasMessageContaining("$.title");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
