package se.samtalsledaren.ui;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/** The window icon, drawn as vector shapes and rendered at the usual icon sizes. */
final class AppIcon {
    private AppIcon() {}

    static List<Image> images() {
        return List.of(render(16), render(32), render(48), render(64), render(128));
    }

    private static Image render(int size) {
        // Two speech bubbles on a 64-unit canvas: the larger one for the facilitator, the smaller one answering.
        SVGPath back = new SVGPath();
        back.setContent("M26 10 h30 a6 6 0 0 1 6 6 v18 a6 6 0 0 1 -6 6 h-4 v8 l-9 -8 h-17 a6 6 0 0 1 -6 -6 v-18 a6 6 0 0 1 6 -6 z");
        back.setFill(Color.web("#7fb3d5"));
        SVGPath front = new SVGPath();
        front.setContent("M8 20 h30 a6 6 0 0 1 6 6 v18 a6 6 0 0 1 -6 6 h-17 l-9 8 v-8 h-4 a6 6 0 0 1 -6 -6 v-18 a6 6 0 0 1 6 -6 z");
        front.setFill(Color.web("#1f5f8b"));
        Group g = new Group(new Circle(32, 32, 32, Color.TRANSPARENT), back, front,
                new Circle(16, 35, 3, Color.WHITE), new Circle(24, 35, 3, Color.WHITE), new Circle(32, 35, 3, Color.WHITE));
        double k = size / 64.0;
        g.getTransforms().add(new Scale(k, k));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return g.snapshot(params, null);
    }
}
