package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.ui.session.ParticipantRow;
import se.samtalsledaren.ui.session.SessionWindows;

/**
 * The session set-up as a new user meets it: a blank name and an impossible plan are said at the
 * field and keep Start disabled; a role is picked when a name is added, changed with one click or
 * one key, and a list of "Namn, roll" lines can be pasted.
 */
@ExtendWith(ApplicationExtension.class)
class SessionSetupUiTest {
    private Stage setup;

    @Start
    void start(Stage stage) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        CaseLibrary library = TestWindows.bundledLibrary();
        SessionWindows windows = TestWindows.create(library);
        stage.setScene(new Scene(new Label("Samtalsledaren"), 200, 100));
        stage.show();
        setup = windows.showSetup(library.byId("skr-11").orElseThrow().value(), stage);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ParticipantRow> table(FxRobot robot) {
        return robot.lookup("#participantTable").queryAs(TableView.class);
    }

    private static boolean startEnabled(FxRobot robot) {
        return !robot.lookup("#setupStart").queryAs(Button.class).isDisabled();
    }

    private static void type(FxRobot robot, String spinner, String value) {
        robot.clickOn(spinner + " .text-field").push(KeyCode.CONTROL, KeyCode.A).write(value);
    }

    @Test
    void aBlankNameAddsNobodyAndSaysWhatToDo(FxRobot robot) {
        robot.targetWindow(setup);
        robot.clickOn("#addParticipant");
        robot.clickOn("#newParticipantName").write("   ").type(KeyCode.ENTER);
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(label(robot, "#entryMessage"))
                .isEqualTo("Skriv ett namn först – eller klistra in en lista med ”Namn, roll” på varje rad.");
        assertThat(robot.lookup("#entryMessage").queryAs(Label.class).getStyleClass()).contains("field-error");
        assertThat(startEnabled(robot)).isFalse();
        assertThat(label(robot, "#setupProblem")).isEqualTo("Lägg till minst en deltagare.");
        robot.clickOn("#newParticipantName").push(KeyCode.CONTROL, KeyCode.A).write("Karin").type(KeyCode.ENTER);
        assertThat(table(robot).getItems()).extracting(r -> r.nameProperty().get()).containsExactly("Karin");
        assertThat(label(robot, "#entryMessage")).isEmpty();
        assertThat(startEnabled(robot)).isTrue();
        assertThat(label(robot, "#setupProblem")).isEmpty();
    }

    @Test
    void anImpossibleLengthIsSaidAtTheFieldAndKeepsStartDisabled(FxRobot robot) {
        robot.targetWindow(setup);
        robot.clickOn("#newParticipantName").write("Karin").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        Spinner<Integer> total = robot.lookup("#totalMinutes").queryAs(Spinner.class);

        type(robot, "#totalMinutes", "0");
        assertThat(total.getValue()).as("kept as typed, not changed to 5").isZero();
        assertThat(label(robot, "#totalError")).isEqualTo("Ange 1–1440 minuter.");
        assertThat(total.getStyleClass()).contains("field-invalid");
        assertThat(startEnabled(robot)).isFalse();
        assertThat(label(robot, "#setupProblem")).isEqualTo("Ange 1–1440 minuter.");

        type(robot, "#totalMinutes", "10000");
        robot.type(KeyCode.ENTER);
        assertThat(total.getValue()).as("kept as typed, not changed to 600").isEqualTo(10000);
        assertThat(total.getEditor().getText()).isEqualTo("10000");
        assertThat(startEnabled(robot)).isFalse();

        // Within range but shorter than the plan: the plan cannot work, and says how to mend it.
        type(robot, "#totalMinutes", "60");
        assertThat(label(robot, "#totalError")).isEmpty();
        assertThat(total.getStyleClass()).doesNotContain("field-invalid");
        assertThat(label(robot, "#planSum")).isEqualTo("Summa 90 min av 60 min – Planen är 30 min längre än totalen");
        assertThat(robot.lookup("#planSum").queryAs(Label.class).getStyleClass()).contains("field-error");
        assertThat(label(robot, "#setupProblem"))
                .isEqualTo("Planen är 30 min längre än totalen: korta stegen eller öka den totala längden.");
        assertThat(startEnabled(robot)).isFalse();
        robot.clickOn("#planDefaults");
        assertThat(label(robot, "#planSum")).isEqualTo("Summa 60 min av 60 min");
        assertThat(startEnabled(robot)).isTrue();

        // A phase's minutes out of range are outlined too.
        type(robot, "#plan-step3", "2000");
        assertThat(robot.lookup("#plan-step3").queryAs(Spinner.class).getStyleClass()).contains("field-invalid");
        assertThat(label(robot, "#setupProblem")).isEqualTo("3 Tänkbara lösningar: ange 0–1440 minuter.");
        assertThat(startEnabled(robot)).isFalse();
    }

    @Test
    void theRoleIsPickedWhenAddingAndChangedWithOneClickOrKey(FxRobot robot) {
        robot.targetWindow(setup);
        robot.clickOn("#newParticipantName").write("Karin").type(KeyCode.ENTER);
        robot.clickOn("#newRole-tjansteperson");
        robot.clickOn("#newParticipantName").write("Per").type(KeyCode.ENTER);
        robot.write("Lena").type(KeyCode.ENTER);
        robot.write("Jonas, förtroendevald").type(KeyCode.ENTER);
        assertThat(table(robot).getItems()).extracting(r -> r.nameProperty().get() + ":" + r.roleProperty().get())
                .containsExactly("Karin:FORTROENDEVALD", "Per:TJANSTEPERSON", "Lena:TJANSTEPERSON", "Jonas:FORTROENDEVALD");

        // One click on a role gives the next one.
        robot.clickOn("#role-0");
        assertThat(table(robot).getItems().get(0).roleProperty().get()).isEqualTo(Role.TJANSTEPERSON);
        assertThat(robot.lookup("#role-0").queryAs(Button.class).getText()).isEqualTo("Tjänsteperson");
        // One key on the selected row: 1, 2, 3.
        robot.interact(() -> table(robot).getSelectionModel().select(2));
        robot.interact(() -> table(robot).requestFocus());
        robot.type(KeyCode.DIGIT3);
        assertThat(table(robot).getItems().get(2).roleProperty().get()).isEqualTo(Role.ANNAN);
        robot.type(KeyCode.DOWN).type(KeyCode.DIGIT2);
        assertThat(table(robot).getItems().get(3).roleProperty().get()).isEqualTo(Role.TJANSTEPERSON);
        robot.type(KeyCode.NUMPAD1);
        assertThat(table(robot).getItems().get(3).roleProperty().get()).isEqualTo(Role.FORTROENDEVALD);
    }

    @Test
    void aPastedListOfNamesAndRolesIsAddedAndWhatItCouldNotReadIsSaid(FxRobot robot) {
        robot.targetWindow(setup);
        robot.clickOn("#newRole-tjansteperson");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Namn, Roll\nAnna Berg, förtroendevald, Centerpartiet\nBo Ek; politiker\n, annan\nCia Dahl, konsult\nDan Eng");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#newParticipantName").push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(r -> r.nameProperty().get() + ":" + r.roleProperty().get()
                + ":" + r.organisationProperty().get()).containsExactly("Anna Berg:FORTROENDEVALD:Centerpartiet",
                "Bo Ek:FORTROENDEVALD:", "Cia Dahl:TJANSTEPERSON:", "Dan Eng:TJANSTEPERSON:");
        assertThat(robot.lookup("#newParticipantName").queryAs(TextField.class).getText()).isEmpty();
        assertThat(label(robot, "#entryMessage")).isEqualTo("4 deltagare lades till. Rad 4: inget namn – hoppades över."
                + " Rad 5: ”konsult” är ingen roll – lades till som tjänsteperson.");
        assertThat(startEnabled(robot)).isTrue();
    }
}
