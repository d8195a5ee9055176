package se.samtalsledaren.ui.session.solutions;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A solution's line: its rank, its text and, while prioritising, its controls (votes, horizon,
 * chosen). The text wraps at the width it gets; when the controls would leave it less than
 * {@link #MIN_TEXT_EM} ems, they go on a line of their own under the text, right-aligned, so a
 * narrow window never squeezes the text into a column of single letters.
 */
final class SolutionRow extends Region {
    /** The narrowest the text may be beside the controls, in ems of the text's font. */
    static final double MIN_TEXT_EM = 16;
    private static final double GAP = 8;
    private final Label rank;
    private final Label body;
    private final HBox controls;

    SolutionRow(Label rank, Label body, HBox controls) {
        this.rank = rank;
        this.body = body;
        this.controls = controls;
        getChildren().addAll(rank, body, controls);
    }

    /** True when the controls are shown on a line of their own at {@code width}. */
    boolean stacked(double width) {
        if (!controls.isManaged()) {
            return false;
        }
        double beside = width - snappedLeftInset() - snappedRightInset() - rank.prefWidth(-1) - GAP - GAP - controls.prefWidth(-1);
        return beside < MIN_TEXT_EM * body.getFont().getSize();
    }

    private double textWidth(double width, boolean stacked) {
        double w = width - snappedLeftInset() - snappedRightInset() - rank.prefWidth(-1) - GAP;
        if (controls.isManaged() && !stacked) {
            w -= GAP + controls.prefWidth(-1);
        }
        return Math.max(0, w);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + rank.prefWidth(-1) + GAP
                + Math.max(body.minWidth(-1), controls.isManaged() ? controls.prefWidth(-1) : 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + rank.prefWidth(-1) + GAP + body.prefWidth(-1)
                + (controls.isManaged() ? GAP + controls.prefWidth(-1) : 0);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            width = computePrefWidth(-1);
        }
        boolean stacked = stacked(width);
        double line = Math.max(rank.prefHeight(-1), body.prefHeight(textWidth(width, stacked)));
        double controlsHeight = controls.isManaged() ? controls.prefHeight(-1) : 0;
        double content = stacked ? line + GAP / 2 + controlsHeight : Math.max(line, controlsHeight);
        return snappedTopInset() + snappedBottomInset() + content;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        boolean stacked = stacked(width);
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double right = width - snappedRightInset();
        double textWidth = textWidth(width, stacked);
        double bodyHeight = body.prefHeight(textWidth);
        double controlsWidth = controls.isManaged() ? controls.prefWidth(-1) : 0;
        double controlsHeight = controls.isManaged() ? controls.prefHeight(-1) : 0;
        double rankWidth = rank.prefWidth(-1);
        if (stacked) {
            double line = Math.max(rank.prefHeight(-1), bodyHeight);
            layoutInArea(rank, left, top, rankWidth, line, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(body, left + rankWidth + GAP, top, textWidth, line, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(controls, right - controlsWidth, top + line + GAP / 2, controlsWidth, controlsHeight, 0,
                    HPos.RIGHT, VPos.CENTER);
        } else {
            double line = Math.max(Math.max(rank.prefHeight(-1), bodyHeight), controlsHeight);
            layoutInArea(rank, left, top, rankWidth, line, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(body, left + rankWidth + GAP, top, textWidth, line, 0, HPos.LEFT, VPos.CENTER);
            if (controls.isManaged()) {
                layoutInArea(controls, right - controlsWidth, top, controlsWidth, line, 0, HPos.RIGHT, VPos.CENTER);
            }
        }
    }
}
