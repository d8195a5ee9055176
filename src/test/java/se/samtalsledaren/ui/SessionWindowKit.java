package se.samtalsledaren.ui;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.ui.session.SessionWindows;

/** Opening a session window on case 11 in a TestFX test and reading what its panels hold. */
final class SessionWindowKit {
    private SessionWindowKit() {}

    /** Opens {@code session} (on case 11) in a session window and makes it the robot's target. */
    static Stage openOnCase11(FxRobot robot, SessionWindows windows, CaseLibrary library, Session session) {
        robot.interact(() -> windows.openSession(session, library.byId("skr-11").orElseThrow().value(), null));
        Stage stage = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                && s.getTitle().startsWith("Session:")).map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
        robot.targetWindow(stage);
        return stage;
    }

    /** A panel's view model (or another part) that the session window keeps in its stage's properties. */
    @SuppressWarnings("unchecked")
    static <T> T model(Stage stage, Class<T> type) {
        return (T) stage.getProperties().get(type);
    }

    /** The text of the labelled node {@code query} finds. */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
