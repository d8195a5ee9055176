package se.samtalsledaren.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.store.SessionStore;

/** The trainer's record: sessions in recent files and folders, summed up; bad files listed, the scan never stops. */
class WorkshopScanTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    @TempDir Path dir;

    private final SessionStore store = new SessionStore(EN);
    private final WorkshopScan scan = new WorkshopScan(store, EN);

    @Test
    void findsSessionsInRecentFilesAndFoldersAndSumsThemUp() throws Exception {
        Path course = Files.createDirectories(dir.resolve("kurser/2026/vår"));
        Files.copy(Path.of("examples/grupper/grupp-1.json"), course.resolve("grupp-1.json"));
        Files.copy(Path.of("examples/grupper/grupp-2.json"), course.resolve("grupp-2.json"));
        // Other JSON files beside them are passed over: a case file, a preparation, a hidden folder.
        Files.copy(Path.of("cases/11-tuffa-strukturbeslut-slar-olika.json"), course.resolve("case-11.json"));
        Files.copy(Path.of("examples/per-hakansson.forberedelse.json"), course.resolve("per.forberedelse.json"));
        Path hidden = Files.createDirectories(dir.resolve("kurser/.git"));
        Files.copy(Path.of("examples/grupper/grupp-3.json"), hidden.resolve("x.json"));
        // A recent file elsewhere, one inside the folder (listed once), and one that is gone.
        Path sample = Files.copy(Path.of("examples/sample-session.json"), dir.resolve("sample.json"));
        List<int[]> progress = new ArrayList<>();
        WorkshopScan.Result r = scan.scan(List.of(sample, course.resolve("grupp-1.json"), dir.resolve("borta.json")),
                List.of(dir.resolve("kurser")), (done, total) -> progress.add(new int[] {done, total}), () -> false);

        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).extracting(e -> e.file().getFileName().toString())
                .containsExactly("grupp-1.json", "grupp-2.json", "sample.json");
        // Four files read: the two recent ones, grupp-2 and the case file (the preparation is passed over by its name).
        assertThat(progress).hasSize(4).last().satisfies(p -> assertThat(p).containsExactly(4, 4));
        WorkshopScan.Entry g2 = r.entries().get(1);
        assertThat(g2.date()).isEqualTo(LocalDate.of(2027, 2, 4));
        assertThat(g2.caseRef().number()).isEqualTo(11);
        assertThat(g2.facilitator()).isEqualTo("Johan Lundgren");
        assertThat(g2.place()).isEqualTo("Folkets hus, sal Forsen");
        assertThat(g2.people(Role.FORTROENDEVALD)).isEqualTo(3);
        assertThat(g2.people(Role.TJANSTEPERSON)).isEqualTo(4);
        assertThat(g2.people(Role.ANNAN)).isEqualTo(1);
        assertThat(g2.used()).isEqualTo(Duration.ofMinutes(91));
        assertThat(g2.plannedMinutes()).isEqualTo(95);
        assertThat(g2.step5Used()).isEqualTo(Duration.ofMinutes(6));
        assertThat(g2.step5Planned()).isEqualTo(15);
        assertThat(g2.step5()).isEqualTo(StepTimes.Step5.SHORT);
        assertThat(r.entries().get(0).step5()).isEqualTo(StepTimes.Step5.GOT_ITS_TIME);
        assertThat(r.cases()).extracting(c -> c.number()).containsExactly(11);
        assertThat(r.years()).containsExactly(2027, 2026);
    }

    @Test
    void badFilesAreListedWithTheReasonAndTheScanGoesOn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("workshops"));
        Files.copy(Path.of("examples/grupper/grupp-1.json"), folder.resolve("a-bra.json"));
        Files.writeString(folder.resolve("b-trasig.json"), "{\"formatVersion\": 3, \"case\": ");
        Files.writeString(folder.resolve("c-fel.json"), Files.readString(Path.of("examples/grupper/grupp-2.json"))
                .replaceFirst("\"role\": \"tjänsteperson\"", "\"role\": \"chef\""));
        Files.writeString(folder.resolve("d-inte-json.json"), "hej");
        Files.copy(Path.of("examples/grupper/grupp-3.json"), folder.resolve("e-bra.json"));
        Path missingFolder = dir.resolve("finns-inte");

        WorkshopScan.Result r = scan.scan(List.of(), List.of(missingFolder, folder), (d, t) -> { }, () -> false);
        assertThat(r.entries()).extracting(e -> e.file().getFileName().toString()).containsExactly("a-bra.json", "e-bra.json");
        assertThat(r.problems()).extracting(p -> p.file().getFileName().toString())
                .containsExactly("finns-inte", "b-trasig.json", "c-fel.json", "d-inte-json.json");
        assertThat(r.problems().get(0).reason()).isEqualTo(missingFolder + ": the folder does not exist (or is not a folder)");
        assertThat(r.problems().get(1).reason()).startsWith(folder.resolve("b-trasig.json") + ":1:");
        assertThat(r.problems().get(2).reason()).startsWith(folder.resolve("c-fel.json") + ":").contains("$.participants[3].role");
        assertThat(r.problems().get(3).reason()).startsWith(folder.resolve("d-inte-json.json") + ":1:").contains("not valid JSON");
    }

    @Test
    void stopsWhenCancelledWithWhatItHas() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("w"));
        for (int i = 0; i < 3; i++) {
            Files.copy(Path.of("examples/grupper/grupp-" + (i + 1) + ".json"), folder.resolve(i + ".json"));
        }
        AtomicInteger read = new AtomicInteger();
        WorkshopScan.Result r = scan.scan(List.of(), List.of(folder), (d, t) -> read.set(d), () -> read.get() >= 1);
        assertThat(r.entries()).hasSize(1);
        assertThat(Phase.STEP_5.step()).isEqualTo(5);
    }
}
