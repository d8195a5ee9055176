package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;

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
        FileProblem p = problems(sample().replace("\"formatVersion\": 1", "\"formatVersion\": 7")).get(0);
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
}
