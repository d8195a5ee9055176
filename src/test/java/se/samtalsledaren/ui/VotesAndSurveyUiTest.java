package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samtalsledaren.ui.SessionWindowKit.model;
import static se.samtalsledaren.ui.SessionWindowKit.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.model.VoteRun;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.session.VoteRunner;
import se.samtalsledaren.store.SurveyTemplates;
import se.samtalsledaren.ui.projector.ProjectorWindow;
import se.samtalsledaren.ui.session.SessionViewModel;
import se.samtalsledaren.ui.session.SessionWindows;

/**
 * The facilitator's side of the dot vote (step 4) and the pulse survey in the session window,
 * and their results on the projector. The phones are stood in for by the same VoteRunner and
 * SurveyRunner the room uses.
 */
@ExtendWith(ApplicationExtension.class)
class VotesAndSurveyUiTest {
    private CaseLibrary library;
    private SessionWindows windows;

    @Start
    void start(Stage stage) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        library = TestWindows.bundledLibrary();
        windows = TestWindows.create(library);
        stage.setScene(new Scene(new Label("Samtalsledaren"), 200, 100));
        stage.show();
    }

    @AfterEach
    void removeOwnTemplates() throws Exception {
        Files.deleteIfExists(templatesFile());
    }

    private static Path templatesFile() {
        return TestWindows.PREFERENCES.file().resolveSibling(SurveyTemplates.FILE_NAME);
    }

    /** Case 11 with two politicians, two officials and one other; three solutions. */
    private static Session session(Phase at) {
        Session s = Session.start("votes", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("Ledningsdag", LocalDate.of(2026, 11, 23), "", "Sara"),
                List.of(new Participant("p1", "Karin Lindqvist", Role.FORTROENDEVALD, ""),
                        new Participant("p2", "Jonas Ek", Role.FORTROENDEVALD, ""),
                        new Participant("p3", "Per Håkansson", Role.TJANSTEPERSON, ""),
                        new Participant("p4", "Lena Strand", Role.TJANSTEPERSON, ""),
                        new Participant("p5", "Mikael Öberg", Role.ANNAN, "")),
                TimePlan.defaultFor(90));
        return s.withSolutions(List.of(new Solution("s1", "Samlat kompensationspaket per ort", "p1", null, Map.of(), false, se.samtalsledaren.model.Consequences.NONE),
                new Solution("s2", "Dialogmöten på båda orterna", "p3", null, Map.of("p5", 2), false, se.samtalsledaren.model.Consequences.NONE),
                new Solution("s3", "Pausa omställningen", "", null, Map.of(), false, se.samtalsledaren.model.Consequences.NONE))).withTimeLog(List.of(), at);
    }

    private Stage open(FxRobot robot, Session session) {
        return SessionWindowKit.openOnCase11(robot, windows, library, session);
    }

    private static List<String> texts(Node root) {
        return root.lookupAll(".label").stream().map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }

    /** Scrolls the column (scroll pane) that holds {@code query}'s node so that the node is in view. */
    private static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void click(FxRobot robot, String query) {
        reveal(robot, query);
        robot.clickOn(query);
    }

    /**
     * Presses a button or check box while the projector is open: on the one headless screen the
     * room's window lies over the facilitator's, so a click would land on the room's.
     */
    private static void fire(FxRobot robot, String query) {
        javafx.scene.control.ButtonBase b = robot.lookup(query).queryAs(javafx.scene.control.ButtonBase.class);
        assertThat(b.isDisabled()).as(query + " is enabled").isFalse();
        robot.interact(b::fire);
    }

    /** A time as the panels write it (the test windows' zone is UTC). */
    private static String hhmm(java.time.Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneOffset.UTC).format(t);
    }

    private static Stage projector(FxRobot robot, Stage stage) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ProjectorWindow projector = model(stage, ProjectorWindow.class);
        assertThat(projector.isShowing()).isTrue();
        return projector.stage().orElseThrow();
    }

    @Test
    void aDotVoteOpensShowsOnlyHowManyVotedClosesIntoTheVotesAndRunsAgain(FxRobot robot) {
        Stage stage = open(robot, session(Phase.STEP_4));
        SessionViewModel vm = model(stage, SessionViewModel.class);
        VoteRunner phones = model(stage, VoteRunner.class);
        assertThat(robot.lookup("#dotVotePanel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#voteDots").queryAs(Spinner.class).getValue()).isEqualTo(3);
        assertThat(robot.lookup("#closeVote").queryAs(Button.class).isDisabled()).isTrue();

        // Four dots each, stacking allowed (the default).
        reveal(robot, "#voteDots");
        robot.clickOn(robot.lookup("#voteDots").query().lookup(".increment-arrow-button"));
        click(robot, "#openVote");
        assertThat(vm.session().dotVote().open()).map(VoteRun::dots).contains(4);
        assertThat(text(robot, "#voteState")).startsWith("0 av 5 har röstat");
        assertThat(robot.lookup("#voteDots").queryAs(Spinner.class).isDisabled()).as("the rules hold while it runs").isTrue();

        robot.interact(() -> {
            phones.setBallot("p1", Map.of("s1", 3, "s3", 1));
            phones.setBallot("p2", Map.of("s1", 2, "s2", 2));
            phones.setBallot("p3", Map.of("s2", 4));
        });
        assertThat(text(robot, "#voteState")).startsWith("3 av 5 har röstat");
        // While it is open the facilitator sees the count, never the distribution.
        assertThat(robot.lookup("#voteResult").queryAs(javafx.scene.layout.VBox.class).getChildren()).isEmpty();
        assertThat(robot.lookup("#voteProjected").queryAs(CheckBox.class).isDisabled()).isTrue();
        robot.interact(() -> phones.setBallot("p4", Map.of("s2", 1, "s3", 3)));
        assertThat(text(robot, "#voteState")).startsWith("4 av 5 har röstat");

        TestWindows.CLOCK.advance(Duration.ofMinutes(4));
        click(robot, "#closeVote");
        // The ballots are the solutions' votes now; Mikael, who did not vote, keeps his typed votes.
        Solution s2 = vm.session().solutions().get(1);
        assertThat(s2.votes()).containsExactlyInAnyOrderEntriesOf(Map.of("p2", 2, "p3", 4, "p4", 1, "p5", 2));
        assertThat(vm.session().solutions().get(0).votes()).containsExactlyInAnyOrderEntriesOf(Map.of("p1", 3, "p2", 2));
        // The phones' dots and the typed ones are the same votes: the steppers show both, and a typed change counts.
        fire(robot, "#votesToggle-s2");
        assertThat(robot.lookup("#votes-s2-p3").queryAs(TextField.class).getText()).isEqualTo("4");
        assertThat(robot.lookup("#votes-s2-p5").queryAs(TextField.class).getText()).isEqualTo("2");
        fire(robot, "#votesMore-s2-p5");
        assertThat(vm.session().solutions().get(1).votes()).containsEntry("p5", 3);
        fire(robot, "#votesLess-s2-p5");
        List<String> result = texts(robot.lookup("#voteResult").query());
        assertThat(result).contains("Prickar per lösning", "Förtroendevalda", "Tjänstepersoner", "Samlat kompensationspaket per ort",
                "Dialogmöten på båda orterna", "Pausa omställningen");
        assertThat(result).anyMatch(t -> t.contains("4 röstade (2 förtroendevalda, 2 tjänstepersoner) · 4 prickar var"));
        // Per solution the roles side by side: s1 5 + 0, s2 2 + 5, s3 1 + 3.
        assertThat(result).containsSubsequence("Samlat kompensationspaket per ort", "5", "0", "Dialogmöten på båda orterna", "2", "5",
                "Pausa omställningen", "1", "3");

        // On the projector only when chosen.
        Stage room = projector(robot, stage);
        assertThat(texts(room.getScene().getRoot())).doesNotContain("Prickar per lösning");
        robot.targetWindow(stage);
        fire(robot, "#voteProjected");
        assertThat(texts(room.getScene().getRoot())).contains("Prickar per lösning", "Förtroendevalda", "Tjänstepersoner",
                "Dialogmöten på båda orterna");
        assertThat(robot.from(room.getScene().getRoot()).lookup("#projectorQuestions").query().isVisible()).isFalse();

        // Run again: it starts blind, and the earlier run is kept with its time.
        assertThat(text(robot, "#openVote")).isEqualTo("Rösta igen");
        fire(robot, "#openVote");
        assertThat(texts(room.getScene().getRoot())).as("a new run starts blind").doesNotContain("Prickar per lösning");
        robot.interact(() -> phones.setBallot("p5", Map.of("s3", 4)));
        TestWindows.CLOCK.advance(Duration.ofMinutes(2));
        fire(robot, "#closeVote");
        assertThat(vm.session().dotVote().runs()).hasSize(2);
        VoteRun first = vm.session().dotVote().runs().get(0);
        assertThat(first.result()).isNotEmpty();
        assertThat(Duration.between(first.opened(), first.closed())).isEqualTo(Duration.ofMinutes(4));
        assertThat(texts(robot.lookup("#voteEarlier").query())).contains("Tidigare omgångar")
                .anyMatch(t -> t.startsWith("Omgång 1, kl. " + hhmm(first.opened()) + "–" + hhmm(first.closed())
                        + ": 4 röstade; flest prickar: Dialogmöten"));
        // Those who voted before and not now have their dots from the latest run only (none); Mikael's are his new ones.
        assertThat(vm.session().solutions().get(2).votes()).containsExactlyInAnyOrderEntriesOf(Map.of("p5", 4));
        assertThat(vm.session().solutions().get(1).votes()).isEmpty();
    }

    @Test
    void theSurveyIsChosenRewordedRunBeforeAndAfterAndItsResultsShownByRole(FxRobot robot) throws Exception {
        Stage stage = open(robot, session(Phase.PREPARATION));
        SessionViewModel vm = model(stage, SessionViewModel.class);
        SurveyRunner phones = model(stage, SurveyRunner.class);
        assertThat(robot.lookup("#dotVotePanel").query().isVisible()).as("the vote belongs to step 4").isFalse();
        TitledPane panel = robot.lookup("#surveyPanel").queryAs(TitledPane.class);
        assertThat(panel.getText()).isEqualTo("Enkät – välj en mall eller skriv egna frågor");
        robot.clickOn(panel.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();

        // The bundled template: the slides' statements, verbatim.
        @SuppressWarnings("unchecked")
        ComboBox<se.samtalsledaren.model.SurveyTemplate> templates = robot.lookup("#surveyTemplate").queryAs(ComboBox.class);
        assertThat(templates.getItems()).extracting(se.samtalsledaren.model.SurveyTemplate::name).contains("Effektivitet i styrning och ledning");
        robot.interact(() -> templates.getSelectionModel().select(0));
        click(robot, "#surveyUseTemplate");
        List<SurveyQuestion> questions = vm.session().survey().questions();
        assertThat(questions).extracting(SurveyQuestion::number).startsWith("5", "6", "7", "8");
        assertThat(questions.get(1).text()).isEqualTo("Anser du att din kommun har en bra modell för målstyrning, där målen tydligt anger riktning?");

        // Reword one, add one of the facilitator's own, move it up, remove one.
        @SuppressWarnings("unchecked")
        ListView<SurveyQuestion> list = robot.lookup("#surveyQuestions").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(1));
        TextField field = robot.lookup("#surveyQuestionText").queryAs(TextField.class);
        assertThat(field.getText()).startsWith("Anser du att din kommun har en bra modell för målstyrning");
        robot.interact(() -> field.setText("Har kommunen en bra modell för målstyrning?"));
        click(robot, "#surveyRewordQuestion");
        assertThat(vm.session().survey().questions().get(1).text()).isEqualTo("Har kommunen en bra modell för målstyrning?");
        robot.interact(() -> field.setText("Förstår vi varandras uppdrag bättre efter i dag?"));
        click(robot, "#surveyAddQuestion");
        int count = questions.size() + 1;
        assertThat(vm.session().survey().questions()).hasSize(count);
        click(robot, "#surveyQuestionUp");
        assertThat(vm.session().survey().questions().get(count - 2).text()).isEqualTo("Förstår vi varandras uppdrag bättre efter i dag?");
        robot.interact(() -> list.getSelectionModel().select(count - 1));
        click(robot, "#surveyRemoveQuestion");
        assertThat(vm.session().survey().questions()).hasSize(count - 1);

        // Kept as a template of the facilitator's own, beside the preferences.
        robot.interact(() -> robot.lookup("#surveyTemplateName").queryAs(TextField.class).setText("Min pulsenkät"));
        click(robot, "#surveySaveTemplate");
        assertThat(Files.readString(templatesFile())).contains("Min pulsenkät", "Förstår vi varandras uppdrag bättre efter i dag?");
        assertThat(templates.getItems()).extracting(se.samtalsledaren.model.SurveyTemplate::name).contains("Min pulsenkät");

        // Före: phones answer question 1 (three politicians and others, two officials).
        click(robot, "#surveyBeforeRound");
        assertThat(text(robot, "#surveyBeforeRound")).isEqualTo("Stäng");
        assertThat(robot.lookup("#surveyAfterRound").queryAs(Button.class).isDisabled()).as("one round at a time").isTrue();
        assertThat(robot.lookup("#surveyQuestionText").query().getParent().isDisabled()).as("questions are fixed once a round runs").isTrue();
        String q1 = vm.session().survey().questions().get(0).id();
        robot.interact(() -> {
            phones.submit("p1", Map.of(q1, 2), Map.of(q1, "Vi pratar förbi varandra"));
            phones.submit("p2", Map.of(q1, 3), Map.of());
            phones.submit("p3", Map.of(q1, 4), Map.of());
            phones.submit("p4", Map.of(q1, 2), Map.of());
        });
        assertThat(text(robot, "#surveyBeforeState")).contains("4 svar från telefoner (2 förtroendevalda, 2 tjänstepersoner)");
        robot.interact(() -> list.getSelectionModel().select(0));
        List<String> before = texts(robot.lookup("#surveyResult").query());
        assertThat(before).contains("Före (pågår)", "Förtroendevalda · 2 svar", "Tjänstepersoner · 2 svar")
                .contains("för få svar (färre än 3)");
        // A show of hands adds a politician's 4: now three politicians answered, so their figures show.
        robot.interact(() -> {
            Spinner<?> fv4 = robot.lookup("#hand-fortroendevald-4").queryAs(Spinner.class);
            assertThat(fv4.isDisabled()).isFalse();
            fv4.getEditor().setText("1");
            fv4.commitValue();
        });
        assertThat(vm.session().survey().round(BeforeAfter.BEFORE).orElseThrow().counts(q1, Role.FORTROENDEVALD).counts())
                .containsExactly(0, 1, 1, 1, 0, 0);
        List<String> counted = texts(robot.lookup("#surveyResult").query());
        assertThat(counted).contains("Förtroendevalda · 3 svar", "Medelvärde 3,0", "33 % (1)").contains("för få svar (färre än 3)");
        click(robot, "#surveyBeforeRound");

        // The comment is listed and picked as a quote.
        assertThat(texts(robot.lookup("#surveyComments").query())).anyMatch(t -> t.startsWith("”Vi pratar förbi varandra”"));
        reveal(robot, "#surveyComments");
        robot.clickOn(robot.lookup("#surveyComments").lookup(".check-box").queryAs(CheckBox.class));
        assertThat(vm.session().survey().round(BeforeAfter.BEFORE).orElseThrow().comments()).singleElement()
                .matches(c -> c.quoted());

        // Efter: the shift per role.
        click(robot, "#surveyAfterRound");
        robot.interact(() -> {
            phones.submit("p1", Map.of(q1, 4), Map.of());
            phones.submit("p2", Map.of(q1, 4), Map.of());
            phones.submit("p5", Map.of(q1, 5), Map.of());
            phones.submit("p3", Map.of(q1, 4), Map.of());
        });
        // The round opened is the one counted by hand: a politician on paper also gave 4.
        assertThat(robot.lookup("#surveyHandAfter").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        robot.interact(() -> {
            Spinner<?> fv4 = robot.lookup("#hand-fortroendevald-4").queryAs(Spinner.class);
            assertThat(fv4.getValue()).isEqualTo(2);
            fv4.getEditor().setText("3");
            fv4.commitValue();
        });
        click(robot, "#surveyAfterRound");
        List<String> after = texts(robot.lookup("#surveyResult").query());
        assertThat(after).contains("Före", "Efter", "Övriga · 1 svar", "Förtroendevalda: 3,0 → 4,0 (+1,0)",
                "Tjänstepersoner: för få svar för att jämföra före och efter");
        assertThat(text(robot, "#surveyAfterState")).contains("4 svar från telefoner (2 förtroendevalda, 1 tjänstepersoner)");

        // On the projector: the question's results in large type.
        Stage room = projector(robot, stage);
        robot.targetWindow(stage);
        fire(robot, "#surveyProjected");
        assertThat(texts(room.getScene().getRoot())).contains("Förtroendevalda: 3,0 → 4,0 (+1,0)", "Medelvärde 4,0");
        double size = ((Label) room.getScene().getRoot().lookup(".result-title")).getFont().getSize();
        assertThat(size).as("the room's type is larger than the window's").isGreaterThan(
                ((Label) robot.lookup("#surveyResult").lookup(".result-title").query()).getFont().getSize());
        fire(robot, "#surveyProjected");
        assertThat(texts(room.getScene().getRoot())).doesNotContain("Medelvärde 4,0");
    }
}
