package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.session.FloorRunner;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.session.TimeUsed;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.FakeProcesses;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;

/**
 * Issue 24, point 2: the exported notes said "Tid 20.44–20.44", step 4 "0:00" and "0:46" in all
 * while the session window showed step 4 "använt 34:17". The group went through the preparation
 * and steps 1–3 in 46 seconds and then spent 34 minutes in step 4 with the clock running; the
 * export counted every segment only up to the last entry in the logs, where the open step-4
 * segment had only started, while the window counts it up to now. Both now use
 * {@link TimeUsed} at the window's instant, for a live session, a recovered one and a reopened file.
 */
class ExportTimesTest {
    /** 20.44 in Stockholm (UTC+1 in November). */
    private final FakeClock clock = FakeClock.at("2026-11-23T19:44:00Z");
    private final Messages messages = new Messages(new Locale("sv"));
    @TempDir Path dir;
    private SessionRunner runner;

    @BeforeEach
    void aWorkshopInStepFourForThirtyFourMinutes() {
        Session s = Session.start("live", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("Ledningsdag", java.time.LocalDate.of(2026, 11, 23), "Kommunhuset", "Eva"),
                List.of(new Participant("p1", "Anna", Role.FORTROENDEVALD, "S"), new Participant("p2", "Bo", Role.TJANSTEPERSON, "")),
                TimePlan.defaultFor(180));
        AtomicInteger ids = new AtomicInteger();
        runner = new SessionRunner(s, clock, () -> "id" + ids.incrementAndGet());
        runner.start();
        for (int i = 0; i < 4; i++) { // preparation, steps 1-3: a quick click-through, 46 s in all
            clock.advance(Duration.ofMillis(11_500));
            runner.next();
        }
        assertThat(runner.current()).isEqualTo(Phase.STEP_4);
        FloorRunner floor = new FloorRunner(runner);
        floor.giveFloorTo("p1");
        clock.advance(Duration.ofMinutes(10));
        floor.handOver(); // nobody waiting: the floor is free, the step's clock runs on
        clock.advance(Duration.ofSeconds(24 * 60 + 17));
    }

    private static ExportDocument document(Session s, Instant at) {
        return new SessionDocument(new Labels(), ExportFixtures.STOCKHOLM).build(s, Optional.of(ExportFixtures.case11()), at);
    }

    private static List<String> row(ExportDocument doc, String phaseLabel) {
        return timeTable(doc).rows().stream().filter(r -> r.get(0).equals(phaseLabel)).findFirst().orElseThrow();
    }

    private static Block.Table timeTable(ExportDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof Block.Table t && t.columns().get(0).title().equals("Del"))
                .map(b -> (Block.Table) b).findFirst().orElseThrow();
    }

    private static String time(ExportDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof Block.Fields).flatMap(b -> ((Block.Fields) b).fields().stream())
                .filter(f -> f.label().equals("Tid")).findFirst().orElseThrow().value();
    }

    /** The export's used time per phase and in all is what the runner (the session window) shows. */
    private static void sameAsTheWindow(ExportDocument doc, SessionRunner r) {
        for (Phase p : Phase.values()) {
            assertThat(row(doc, new Labels().get("phase." + p.key())).get(2)).as(p.key()).isEqualTo(Labels.minSec(r.elapsed(p)));
        }
        assertThat(row(doc, "Totalt").get(2)).isEqualTo(Labels.minSec(r.totalElapsed()));
    }

    @Test
    void theOldReadingOfTheLogsGaveTheReportedFigures() {
        // What the export did: every figure ends at the last logged instant (the hand-over at 20.54).
        ExportDocument before = new SessionDocument(new Labels(), ExportFixtures.STOCKHOLM)
                .build(runner.session(), Optional.of(ExportFixtures.case11()));
        assertThat(row(before, "Steg 4: Prioritering av lösningar").get(2)).isEqualTo("10:00");
        assertThat(Labels.minSec(runner.elapsed(Phase.STEP_4))).isEqualTo("34:17");
        // Without the speaking turn the log's last entry is step 4's start: the reported "20.44–20.44", "0:00", "0:46".
        Session noFloor = runner.session().withFloor(se.samtalsledaren.model.Floor.EMPTY);
        ExportDocument reported = new SessionDocument(new Labels(), ExportFixtures.STOCKHOLM).build(noFloor, Optional.of(ExportFixtures.case11()));
        assertThat(time(reported)).startsWith("20.44–20.44");
        assertThat(row(reported, "Steg 4: Prioritering av lösningar").get(2)).isEqualTo("0:00");
        assertThat(row(reported, "Totalt").subList(1, 3)).containsExactly("180:00", "0:46");
    }

    @Test
    void aLiveSessionIsExportedWithTheWindowsFigures() {
        ExportDocument doc = document(runner.session(), runner.now());
        sameAsTheWindow(doc, runner);
        assertThat(row(doc, "Steg 4: Prioritering av lösningar").get(2)).isEqualTo("34:17");
        assertThat(row(doc, "Totalt").get(2)).isEqualTo("35:03");
        assertThat(time(doc)).isEqualTo("20.44–21.19 (pågick när anteckningarna exporterades)");
        assertThat(doc.blocks()).contains(new Block.Paragraph("Samtalet pågick när anteckningarna exporterades: tiden för "
                + "Steg 4: Prioritering av lösningar räknas fram till kl. 21.19, som i samtalsfönstret.", Block.Paragraph.Style.SMALL));
        // Airtime is counted to the same instant: Anna's ten minutes.
        Block.Table airtime = doc.blocks().stream().filter(b -> b instanceof Block.BarChart).map(b -> ((Block.BarChart) b).figures())
                .filter(t -> t.columns().get(0).title().equals("Deltagare")).findFirst().orElseThrow();
        assertThat(airtime.rows().get(0)).startsWith("Anna", "Förtroendevald", "10:00");
    }

    @Test
    void aSessionRecoveredAfterACrashIsExportedWithTheWindowsFigures() throws Exception {
        FakeProcesses processes = new FakeProcesses();
        SessionLocks crashed = processes.instance(7, clock);
        Recovery theirs = new Recovery(dir.resolve("autosave"), new SessionStore(messages, new Backups(dir.resolve("b"), clock), crashed), crashed);
        theirs.newSlot(runner.session().id()).writeCopy(runner.session()); // the autosave after the last change
        processes.kill(7);
        clock.advance(Duration.ofMinutes(3)); // the restart
        SessionLocks mine = processes.instance(8, clock);
        Recovery recovery = new Recovery(dir.resolve("autosave"), new SessionStore(messages, new Backups(dir.resolve("b"), clock), mine), mine);
        Session recovered = recovery.scan().get(0).session();
        SessionRunner window = new SessionRunner(recovered, clock, () -> "r");
        ExportDocument doc = document(recovered, window.now());
        sameAsTheWindow(doc, window);
        assertThat(row(doc, "Steg 4: Prioritering av lösningar").get(2)).isEqualTo("37:17");
    }

    @Test
    void aReopenedFileIsExportedWithTheWindowsFigures() throws Exception {
        Path file = dir.resolve("ledningsdag.json");
        new SessionStore(messages).save(file, runner.session());
        clock.advance(Duration.ofSeconds(5));
        Session reopened = new SessionStore(messages).open(file);
        SessionRunner window = new SessionRunner(reopened, clock, () -> "o");
        window.pause(); // the facilitator pauses, then exports: the figures stop where the clock stopped
        clock.advance(Duration.ofMinutes(10));
        ExportDocument doc = document(window.session(), window.now());
        sameAsTheWindow(doc, window);
        assertThat(row(doc, "Steg 4: Prioritering av lösningar").get(2)).isEqualTo("34:22");
        assertThat(time(doc)).isEqualTo("20.44–21.19");
        // A paused session gives the same document at any later instant.
        assertThat(document(window.session(), window.now().plusSeconds(3600))).isEqualTo(doc);
    }
}
