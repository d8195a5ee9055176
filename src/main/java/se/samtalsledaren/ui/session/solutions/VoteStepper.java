package se.samtalsledaren.ui.session.solutions;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.ui.UiText;

/**
 * One participant's dot votes on one solution: the name, − and +, and the number, which can be
 * typed (Enter or leaving the field keeps it) or stepped with ↑/↓ and + / − while it has the focus.
 */
final class VoteStepper extends HBox {
    /** More dots than anyone is given in a dot vote; the field takes two digits. */
    static final int MAX = 99;

    private final TextField count = new TextField("0");
    private final IntConsumer set;
    private int value;
    /** True while the count is shown, not typed: no vote is set then. */
    private boolean showing;

    /** @param set called with the participant's new number of votes */
    VoteStepper(Participant p, String solutionId, UiText text, IntConsumer set) {
        super(2);
        this.set = set;
        getStyleClass().add("vote-stepper");
        setAlignment(Pos.CENTER_LEFT);
        Label name = new Label(p.name());
        name.getStyleClass().add("vote-name");
        name.setLabelFor(count);
        // The name takes the slack: the steppers of a row line up in columns.
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);
        Button less = new Button("−");
        Button more = new Button("+");
        less.getStyleClass().addAll("vote-step", "small-button");
        more.getStyleClass().addAll("vote-step", "small-button");
        less.setId("votesLess-" + solutionId + "-" + p.id());
        more.setId("votesMore-" + solutionId + "-" + p.id());
        less.setAccessibleText(text.get("session.solution.voteLess", p.name()));
        more.setAccessibleText(text.get("session.solution.voteMore", p.name()));
        // The buttons are for the mouse; the keyboard steps in the field, one Tab stop per person.
        less.setFocusTraversable(false);
        more.setFocusTraversable(false);
        less.setOnAction(e -> commit(value - 1));
        more.setOnAction(e -> commit(value + 1));
        count.setId("votes-" + solutionId + "-" + p.id());
        count.getStyleClass().add("vote-count");
        count.setPrefColumnCount(2);
        count.setAccessibleText(text.get("session.solution.voteCount", p.name()));
        count.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,2}") ? c : null));
        count.setOnAction(e -> commitTyped());
        count.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitTyped();
            }
        });
        count.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.PLUS) {
                commit(value + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.SUBTRACT || e.getCode() == KeyCode.MINUS) {
                commit(value - 1);
                e.consume();
            }
        });
        count.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("+".equals(e.getCharacter()) || "-".equals(e.getCharacter())) {
                e.consume();
            }
        });
        getChildren().addAll(name, less, count, more);
    }

    /** Shows {@code votes} (the solution as it is now) unless the user is typing another number. */
    void show(int votes) {
        value = votes;
        String shown = Integer.toString(votes);
        if (!count.isFocused() || !count.getText().isEmpty() && Integer.parseInt(count.getText()) == votes) {
            showing = true;
            count.setText(shown);
            showing = false;
        }
    }

    TextField field() {
        return count;
    }

    private void commitTyped() {
        if (showing) {
            return;
        }
        String typed = count.getText();
        commit(typed.isEmpty() ? 0 : Integer.parseInt(typed));
    }

    private void commit(int votes) {
        int clamped = Math.max(0, Math.min(MAX, votes));
        if (clamped != value) {
            value = clamped;
            set.accept(clamped);
        }
        showing = true;
        count.setText(Integer.toString(value));
        count.end();
        showing = false;
    }
}
