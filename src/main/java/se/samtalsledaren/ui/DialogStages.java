package se.samtalsledaren.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** How the app's dialogs are shown: the base stylesheet, a title, and modal over their owner. */
public final class DialogStages {
    private DialogStages() {}

    /**
     * Shows {@code root} in {@code stage} with {@code stylesheet} and {@code title}, modal over
     * {@code owner} when there is one. A width or height of 0 sizes the window to its content.
     */
    public static Stage show(Stage stage, Parent root, String stylesheet, String title, Window owner,
                             double width, double height) {
        Scene scene = width > 0 && height > 0 ? new Scene(root, width, height) : new Scene(root);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.show();
        return stage;
    }
}
