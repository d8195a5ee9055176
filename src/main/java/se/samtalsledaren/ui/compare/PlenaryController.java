package se.samtalsledaren.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.ui.UiText;

/**
 * Binds the plenary view. The type scales with the window (and with how many columns share its
 * width); more than {@value #PER_ROW} groups take two rows. Keys: → PageDown Space next step (a
 * presenter's clicker sends PageDown), ← PageUp Backspace previous, Home/End first/last, 1–6 a
 * page, ↑ ↓ scroll a long step, F11 full screen (Esc leaves it).
 */
public final class PlenaryController {
    /** At most this many group columns side by side; more go on a second row. */
    static final int PER_ROW = 6;

    @FXML private BorderPane root;
    @FXML private Label caseLine;
    @FXML private Label titleLabel;
    @FXML private ScrollPane scroll;
    @FXML private Button previousButton;
    @FXML private Label counterLabel;
    @FXML private Button nextButton;

    private final PlenaryViewModel vm;
    private final ComparisonViews views;

    public PlenaryController(PlenaryViewModel vm, UiText text) {
        this.vm = vm;
        this.views = new ComparisonViews(text);
    }

    @FXML
    private void initialize() {
        caseLine.textProperty().bind(vm.caseLine());
        titleLabel.textProperty().bind(vm.title());
        counterLabel.textProperty().bind(vm.counter());
        previousButton.setOnAction(e -> vm.previous());
        nextButton.setOnAction(e -> vm.next());
        previousButton.disableProperty().bind(vm.indexProperty().isEqualTo(0));
        nextButton.disableProperty().bind(vm.indexProperty().isEqualTo(PlenaryViewModel.PAGES.size() - 1));
        vm.indexProperty().addListener((o, a, b) -> rebuild());
        vm.comparisonProperty().addListener((o, a, b) -> rebuild());
        root.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize()),
                root.widthProperty(), root.heightProperty(), vm.comparisonProperty()));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                keys(scene);
            }
        });
        rebuild();
    }

    /** From the window height (1080 px gives 32 px), smaller when many columns share the width. */
    private double fontSize() {
        Comparison c = vm.comparisonProperty().get();
        int columns = c == null ? 1 : Math.min(PER_ROW, c.groups().size());
        double byHeight = root.getHeight() / 34;
        double byWidth = root.getWidth() / (columns * 15.0);
        return Math.max(12, Math.min(byHeight, byWidth));
    }

    private void keys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case RIGHT, PAGE_DOWN, SPACE -> vm.next();
                case LEFT, PAGE_UP, BACK_SPACE -> vm.previous();
                case HOME -> vm.first();
                case END -> vm.last();
                case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, NUMPAD1, NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5, NUMPAD6 ->
                        vm.go(digit(e.getCode().getName()) - 1);
                case F11 -> {
                    if (scene.getWindow() instanceof Stage stage) {
                        stage.setFullScreen(!stage.isFullScreen());
                    }
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    /** The digit a key is named after: "3" or "Numpad 3" give 3. */
    private static int digit(String keyName) {
        return Character.getNumericValue(keyName.charAt(keyName.length() - 1));
    }

    private void rebuild() {
        Comparison c = vm.comparisonProperty().get();
        if (c == null) {
            scroll.setContent(null);
            return;
        }
        List<Node> columns = new ArrayList<>(views.columns(c, vm.phase(), ComparisonViews.Detail.PLENARY).getChildren());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("plenary-columns");
        int perRow = Math.min(PER_ROW, columns.size());
        for (int i = 0; i < perRow; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / perRow);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < columns.size(); i++) {
            grid.add(columns.get(i), i % perRow, i / perRow);
        }
        scroll.setContent(grid);
        scroll.setVvalue(0);
    }
}
