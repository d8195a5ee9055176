package se.samtalsledaren.ui.room;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import se.samtalsledaren.room.QrCode;

/**
 * Draws a {@link QrCode} as large as its space allows, in whole pixels per module (sharp edges
 * a phone's camera reads easily), black on white with the quiet zone around it.
 */
public final class QrView extends Region {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<QrCode> code = new SimpleObjectProperty<>();

    public QrView() {
        getChildren().add(canvas);
        getStyleClass().add("qr-view");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        code.addListener((o, a, b) -> requestLayout());
        setMinSize(120, 120);
        setPrefSize(240, 240);
    }

    public ObjectProperty<QrCode> codeProperty() {
        return code;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.min(getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset()));
        canvas.setWidth(Math.max(0, side));
        canvas.setHeight(Math.max(0, side));
        canvas.relocate(snappedLeftInset() + Math.floor((getWidth() - snappedLeftInset() - snappedRightInset() - side) / 2),
                snappedTopInset());
        draw(side);
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width : super.computePrefHeight(width);
    }

    private void draw(double side) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        QrCode qr = code.get();
        if (qr == null || side <= 0) {
            return;
        }
        int modules = qr.size() + 2 * QrCode.QUIET_ZONE;
        int scale = (int) Math.max(1, Math.floor(side / modules));
        double offset = Math.floor((side - scale * modules) / 2);
        g.setFill(Color.WHITE);
        g.fillRect(offset, offset, scale * modules, scale * modules);
        g.setFill(Color.BLACK);
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.dark(x, y)) {
                    g.fillRect(offset + (x + QrCode.QUIET_ZONE) * scale, offset + (y + QrCode.QUIET_ZONE) * scale, scale, scale);
                }
            }
        }
    }
}
