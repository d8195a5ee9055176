package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long error (many problems, running out of memory) is shown whole, with its button on the screen. */
@ExtendWith(ApplicationExtension.class)
class AlertsUiTest {
    private final UiText text = new UiText(new Locale("sv"));

    @Start
    void start(Stage stage) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        stage.setScene(new Scene(new Label("Samtalsledaren"), 400, 300));
        stage.show();
    }

    @Test
    void aLongMessageScrollsInsideTheBoxAndTheButtonStaysOnTheScreen(FxRobot robot) {
        StringBuilder message = new StringBuilder(text.get("session.openFailed", "/home/anna/stor.json: "
                + Alerts.describe(text, new OutOfMemoryError("Java heap space"))));
        for (int i = 0; i < 40; i++) {
            message.append("\n/home/anna/x.json:").append(10 * i).append(":3: $.notes.step1[").append(i)
                    .append("].participant: okänd deltagare \"p").append(i).append('"');
        }
        robot.interact(() -> Alerts.error(text, null, message.toString()));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextArea details = robot.lookup("#errorDetails").queryAs(TextArea.class);
        assertThat(details.getText()).isEqualTo(message.toString());
        assertThat(details.getText()).contains("filen är för stor för att öppnas med det minne programmet har (")
                .doesNotContain("Java heap space");
        Node ok = pane.lookupButton(pane.getButtonTypes().get(0));
        Bounds onScreen = ok.localToScreen(ok.getBoundsInLocal());
        Bounds screen = Screen.getPrimary().getVisualBounds().getWidth() > 0 ? toBounds(Screen.getPrimary()) : onScreen;
        assertThat(screen.contains(onScreen)).as("the button %s lies within the screen %s", onScreen, screen).isTrue();
        assertThat(ok).isInstanceOf(Button.class);
        robot.interact(() -> ((Button) ok).fire());
    }

    private static Bounds toBounds(Screen s) {
        var r = s.getVisualBounds();
        return new javafx.geometry.BoundingBox(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
