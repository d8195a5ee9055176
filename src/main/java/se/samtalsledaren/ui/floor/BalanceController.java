package se.samtalsledaren.ui.floor;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.samtalsledaren.ui.UiText;

/**
 * The balance view: a bar of airtime per person (click raises or lowers the hand, double-click
 * gives the floor), the roles side by side as averages per person, and who has not spoken yet.
 */
public final class BalanceController {
    @FXML private VBox people;
    @FXML private VBox roles;
    @FXML private Label silent;

    private final BalanceViewModel vm;
    private final UiText text;

    public BalanceController(BalanceViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        vm.balance().addListener((ListChangeListener<BalanceViewModel.BalanceRow>) c -> buildPeople());
        vm.roles().addListener((ListChangeListener<BalanceViewModel.RoleRow>) c -> buildRoles());
        silent.textProperty().bind(vm.silentProperty());
        buildPeople();
        buildRoles();
    }

    private void buildPeople() {
        people.getChildren().clear();
        for (BalanceViewModel.BalanceRow r : vm.balance()) {
            Label number = new Label(String.valueOf(r.number()));
            number.getStyleClass().add("balance-number");
            Label name = new Label(r.participant().name());
            name.getStyleClass().add("balance-name");
            name.setMinWidth(0);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label time = new Label(text.get("floor.timeTurns", r.time(), r.turns()));
            time.getStyleClass().add("balance-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            Label mark = new Label(r.hasFloor() ? text.get("floor.speakingMark") : r.queuePosition() > 0 ? text.get("floor.queuedMark", r.queuePosition()) : "");
            mark.getStyleClass().add("balance-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            ProgressBar bar = new ProgressBar(r.share());
            bar.getStyleClass().addAll("balance-bar", "role-" + r.participant().role().name().toLowerCase(Locale.ROOT));
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(6, number, name, gap, time, mark);
            line.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
            VBox row = new VBox(1, line, bar);
            row.getStyleClass().add("balance-row");
            row.setId("balance-" + r.participant().id());
            if (r.silentInStep()) {
                row.getStyleClass().add("silent-in-step");
            }
            if (r.hasFloor()) {
                row.getStyleClass().add("has-floor");
            }
            row.setCursor(Cursor.HAND);
            Tooltip.install(row, new Tooltip(text.get("floor.rowTip", r.participant().name(),
                    text.get("role." + r.participant().role().key()), r.number())));
            row.setOnMouseClicked(e -> {
                if (e.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                if (e.getClickCount() == 2) {
                    vm.giveFloorTo(r.participant());
                } else {
                    vm.toggleHand(r.participant());
                }
            });
            people.getChildren().add(row);
        }
    }

    private void buildRoles() {
        roles.getChildren().clear();
        for (BalanceViewModel.RoleRow r : vm.roles()) {
            Label name = new Label(text.get("floor.role." + r.role().key(), r.people()));
            name.getStyleClass().add("balance-role-name");
            name.setMinWidth(0);
            Label figures = new Label(text.get("floor.roleFigures", r.average(), r.stepAverage()));
            figures.getStyleClass().add("balance-time");
            figures.setMinWidth(Region.USE_PREF_SIZE);
            ProgressBar bar = new ProgressBar(r.share());
            bar.getStyleClass().addAll("balance-bar", "role-" + r.role().name().toLowerCase(Locale.ROOT));
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            HBox line = new HBox(6, bar, figures);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            VBox box = new VBox(1, name, line);
            box.setId("role-" + r.role().key());
            Tooltip.install(box, new Tooltip(text.get("floor.roleTip", r.total(), r.people())));
            roles.getChildren().add(box);
        }
    }
}
