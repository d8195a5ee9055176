package se.samtalsledaren.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** How the app's dialogs are shown: the base stylesheet, a title, modal over their owner, sized by {@link WindowSizes}. */
public final class DialogStages {
    private DialogStages() {}

    /**
     * Shows {@code root} in {@code stage} with {@code stylesheet} and {@code title}, modal over
     * {@code owner} when there is one, at the remembered or preferred size of {@code kind}.
     */
    public static Stage show(WindowSizes sizes, WindowSizes.Kind kind, Stage stage, Parent root, String stylesheet,
                             String title, Window owner) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        return sizes.show(stage, kind);
    }
}
