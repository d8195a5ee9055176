package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;

class ParticipantListsTest {
    @TempDir Path dir;
    private final ParticipantLists lists = new ParticipantLists(new Messages(Locale.ENGLISH));

    @Test
    void savedListsComeBackForTheNextSession() throws Exception {
        List<Participant> people = List.of(new Participant("p1", "Karin Lindqvist", Role.FORTROENDEVALD, "KSO (S)"),
                new Participant("p2", "Per Håkansson", Role.TJANSTEPERSON, ""),
                new Participant("p3", "Åsa Öst", Role.ANNAN, "Revisor"));
        Path file = dir.resolve("ledningsgruppen.json");
        lists.save(file, people);
        assertThat(lists.open(file)).isEqualTo(people);
    }

    @Test
    void brokenEntriesAreNamedByFieldAndLine() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"participants\": [\n {\"id\": \"p1\", \"name\": \"Anna\", \"role\": \"chef\"}\n]}");
        assertThatThrownBy(() -> lists.open(file)).isInstanceOfSatisfying(FileProblemException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("$.participants[0].role");
                assertThat(p.line()).isEqualTo(2);
            });
        });
    }
}
