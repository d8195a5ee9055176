package se.samtalsledaren.ui.results;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.Role;

/**
 * Draws the result charts, the same in the session window and on the projector: bars whose sizes
 * are in em, so they grow with the type of the window they are in (the projector's grows with its
 * height, for the back of the room), and every figure also written beside its bar.
 */
public final class ResultCharts {
    private ResultCharts() {}

    /** The chart's node: {@link VoteChart} or {@link SurveyChart}. */
    public static Node of(Chart chart) {
        return chart instanceof VoteChart v ? vote(v) : survey((SurveyChart) chart);
    }

    /** Per solution, one bar per role with its dots, under a legend of the roles. */
    public static Node vote(VoteChart chart) {
        VBox box = new VBox(chart.rows().size() > 6 ? 4 : 8);
        box.getStyleClass().add("result-chart");
        box.getChildren().add(heading(chart.title()));
        if (!chart.caption().isEmpty()) {
            box.getChildren().add(caption(chart.caption()));
        }
        FlowPane legend = new FlowPane(16, 4);
        chart.roles().forEach((role, name) -> {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("result-swatch", "role-" + styleKey(role));
            HBox item = new HBox(6, swatch, new Label(name));
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        });
        box.getChildren().add(legend);
        int max = Math.max(1, chart.max());
        for (VoteChart.Row r : chart.rows()) {
            // The solution's text above its bars: it reads in a narrow column and on the wall alike.
            Label solution = wrapping(r.solution());
            solution.getStyleClass().add("result-label");
            VBox row = new VBox(2, solution);
            row.getStyleClass().add("result-row");
            chart.roles().keySet().forEach(role -> row.getChildren().add(
                    bar((double) r.of(role) / max, Integer.toString(r.of(role)), styleKey(role))));
            box.getChildren().add(row);
        }
        return box;
    }

    /** Per round, the roles' distributions side by side with their means; then the shift. */
    public static Node survey(SurveyChart chart) {
        VBox box = new VBox(8);
        box.getStyleClass().add("result-chart");
        Label title = heading(chart.title());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().add(title);
        for (SurveyChart.Round round : chart.rounds()) {
            // The round's name beside its roles rather than above them: the wall has more width than height.
            Label name = new Label(round.name());
            name.getStyleClass().add("result-round");
            name.setMinWidth(Region.USE_PREF_SIZE);
            HBox roles = new HBox(16, name);
            for (SurveyChart.RoleColumn c : round.roles()) {
                VBox column = new VBox(3);
                column.getStyleClass().add("result-role");
                HBox.setHgrow(column, Priority.ALWAYS);
                column.setMaxWidth(Double.MAX_VALUE);
                Label h = new Label(c.heading());
                h.getStyleClass().addAll("result-role-heading", "role-" + c.styleKey());
                column.getChildren().add(h);
                if (c.shown()) {
                    GridPane grid = new GridPane();
                    grid.setHgap(8);
                    grid.setVgap(2);
                    ColumnConstraints answer = new ColumnConstraints();
                    answer.setMinWidth(Region.USE_PREF_SIZE);
                    ColumnConstraints bar = new ColumnConstraints();
                    bar.setHgrow(Priority.ALWAYS);
                    grid.getColumnConstraints().addAll(answer, bar);
                    for (int i = 0; i < c.shares().size(); i++) {
                        Label a = new Label(chart.answers().get(i));
                        a.getStyleClass().add("result-answer");
                        grid.add(a, 0, i);
                        grid.add(bar(c.shares().get(i), c.figures().get(i), c.styleKey()), 1, i);
                    }
                    column.getChildren().add(grid);
                }
                Label note = new Label(c.note());
                note.getStyleClass().add(c.shown() ? "result-mean" : "result-too-few");
                column.getChildren().add(note);
                roles.getChildren().add(column);
            }
            box.getChildren().add(roles);
        }
        for (String shift : chart.shifts()) {
            Label l = wrapping(shift);
            l.getStyleClass().add("result-shift");
            box.getChildren().add(l);
        }
        return box;
    }

    /** A bar of {@code fraction} (0..1) of its track, with {@code figure} after it. */
    private static Node bar(double fraction, String figure, String styleKey) {
        Region fill = new Region();
        fill.getStyleClass().addAll("result-bar", "role-" + styleKey);
        fill.setMinWidth(0);
        HBox track = new HBox(fill);
        track.getStyleClass().add("result-track");
        track.setMinWidth(0);
        fill.prefWidthProperty().bind(track.widthProperty().multiply(Math.max(0, Math.min(1, fraction))));
        HBox.setHgrow(track, Priority.ALWAYS);
        Label value = new Label(figure);
        value.getStyleClass().add("result-figure");
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, track, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("result-title");
        return l;
    }

    /** A label that wraps and takes the height its lines need. */
    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label caption(String text) {
        Label l = wrapping(text);
        l.getStyleClass().add("result-caption");
        return l;
    }

    /** The style suffix of a role: fortroendevald, tjansteperson, annan. */
    public static String styleKey(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
