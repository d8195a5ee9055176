package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.preparation.PreparationViewModel;
import se.samtalsledaren.ui.session.SessionViewModel;
import se.samtalsledaren.ui.session.notes.NotesViewModel;

/** The facilitator imports preparation files; each step reveals its own reflections, one click notes them. */
@ExtendWith(ApplicationExtension.class)
class PreparationUiTest {
    @TempDir static Path home;
    private CaseLibrary library;

    @Start
    void start(Stage stage) {
        library = TestWindows.bundledLibrary();
        stage.setScene(new javafx.scene.Scene(new Label("Samtalsledaren"), 200, 100));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> labels(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList();
    }

    @Test
    void importsGoodFilesReportsBadOnesAndRevealsEachStepInTurn(FxRobot robot) throws Exception {
        String per = Files.readString(Path.of("examples/per-hakansson.forberedelse.json"));
        Path perFile = home.resolve("per-hakansson.forberedelse.json");
        Files.writeString(perFile, per);
        Path anonymous = home.resolve("anonym.forberedelse.json");
        Files.writeString(anonymous, per.replace("\"f-7c1e2a90\"", "\"f-anon\"").replace("  \"name\": \"Per Håkansson\",\n", "")
                .replace("\"anonymous\": false", "\"anonymous\": true").replace("Börja med ett gemensamt", "Gör en gemensam").replaceAll("    \"step[12]\": \"[^\"]*\",\n", ""));
        Path broken = home.resolve("trasig.forberedelse.json");
        Files.writeString(broken, per.replace("\"step\": 4", "\"step\": \"fyra\""));
        Path otherCase = home.resolve("fel-case.forberedelse.json");
        Files.writeString(otherCase, per.replace("\"skr-11\"", "\"skr-03\""));

        Session session = Session.start("s-prep", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("Ledningsdag", LocalDate.of(2026, 11, 23), "", "Sara"),
                List.of(new Participant("p1", "Karin Lindqvist", Role.FORTROENDEVALD, ""),
                        new Participant("p2", "Per Håkansson", Role.TJANSTEPERSON, "")),
                TimePlan.defaultFor(90));
        robot.interact(() -> TestWindows.create(library).openSession(session, library.byId("skr-11").orElseThrow().value(), null));
        Stage stage = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Session:")).map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
        SessionViewModel vm = (SessionViewModel) stage.getProperties().get(SessionViewModel.class);
        PreparationViewModel prepared = (PreparationViewModel) stage.getProperties().get(PreparationViewModel.class);
        NotesViewModel notes = (NotesViewModel) stage.getProperties().get(NotesViewModel.class);
        robot.targetWindow(stage);
        assertThat(robot.lookup("#preparationPanel").query().isVisible()).as("nothing imported yet").isFalse();

        // Four files chosen at once: two import, the two bad ones are reported with file and line:column.
        robot.interact(() -> prepared.importFiles(List.of(perFile, broken, anonymous, otherCase)));
        assertThat(vm.session().preparations()).extracting(p -> p.id()).containsExactly("f-7c1e2a90", "f-anon");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(text(robot, "#preparationProblems")).contains(
                broken + ":21:", "$.questions[1].step",
                otherCase + ":4:", "förberedelsen gäller case 11", "men sessionen gäller case 11");
        assertThat(text(robot, "#preparationStatus")).isEqualTo("2 förberedelser importerade, 2 filer kunde inte läsas.");
        assertThat(text(robot, "#preparationHeading")).isEqualTo("Deltagarnas förberedelser (2)");

        // Preparation phase: nothing is shown, only what waits for which step.
        assertThat(labels(robot, "preparation-text")).isEmpty();
        assertThat(text(robot, "#preparationsHidden")).isEqualTo(
                "1 förberedelse visas i steg 1 · 1 förberedelse visas i steg 2 · 2 förberedelser visas i steg 3 · "
                        + "2 förberedelser visas i steg 4 · 2 förberedelser visas i steg 5");

        // Step 1 (the clock runs, so the time log shows where the group has been): Per's own
        // reflection on the step, attributed; one click puts it in the notes.
        robot.clickOn("#pauseButton");
        robot.clickOn("#nextPhase");
        assertThat(labels(robot, "preparation-author")).containsExactly("Per Håkansson (tjänsteperson)");
        assertThat(labels(robot, "preparation-text")).containsExactly(
                "Beskedet om ishallen kom ut innan ledningsgruppen hade pratat ihop sig – invånarna fick veta först.");
        assertThat(text(robot, "#preparationsHidden")).doesNotContain("steg 1").contains("2 förberedelser visas i steg 3");
        robot.clickOn("Till gruppens anteckningar");
        assertThat(notes.notes()).singleElement().satisfies(n -> {
            assertThat(n.text()).startsWith("Beskedet om ishallen");
            assertThat(n.participantId()).isEqualTo("p2");
        });
        Button done = robot.lookup(".preparation-pull").queryAs(Button.class);
        assertThat(done.getText()).isEqualTo("✓ I anteckningarna");
        assertThat(done.isDisabled()).isTrue();

        // Step 3: both preparations, with the question each reflection answers; the anonymous one is noted without a name.
        robot.clickOn("#nextPhase");
        robot.clickOn("#nextPhase");
        assertThat(vm.currentProperty().get()).isEqualTo(Phase.STEP_3);
        assertThat(labels(robot, "preparation-author")).containsExactly("Per Håkansson (tjänsteperson)", "Anonym (tjänsteperson)");
        assertThat(labels(robot, "preparation-label")).allMatch(l -> l.startsWith("Fråga 1: Hur skulle du tänka och agera"));
        List<Button> pulls = robot.lookup(".preparation-pull").queryAllAs(Button.class).stream().toList();
        assertThat(pulls).hasSize(2);
        robot.clickOn(pulls.stream().filter(b -> b.localToScene(0, 0).getY() == pulls.stream()
                .mapToDouble(x -> x.localToScene(0, 0).getY()).max().orElseThrow()).findFirst().orElseThrow());
        assertThat(notes.notes()).singleElement().satisfies(n -> {
            assertThat(n.text()).startsWith("Gör en gemensam");
            assertThat(n.participantId()).isEmpty();
        });
        assertThat(text(robot, "#preparationsHidden")).isEqualTo("2 förberedelser visas i steg 4 · 2 förberedelser visas i steg 5");

        // Going back to step 2 hides nothing already reached; the imports survive a save and reopen.
        robot.clickOn("#previousPhase");
        assertThat(text(robot, "#preparationsHidden")).doesNotContain("steg 3");
        Path file = home.resolve("session.json");
        robot.interact(() -> vm.saveTo(file, e -> { throw new AssertionError(e); }));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"preparations\": [");
        Session reopened = new SessionStore(new Messages(Locale.ENGLISH)).open(file);
        assertThat(reopened.preparations()).isEqualTo(vm.session().preparations());

        // A preparation imported by mistake can be taken out again.
        robot.clickOn("#previousPhase");
        robot.clickOn("Ta bort");
        assertThat(vm.session().preparations()).extracting(p -> p.id()).containsExactly("f-anon");
        robot.interact(() -> vm.dirtyProperty().set(false));
        robot.interact(stage::close);
    }
}
