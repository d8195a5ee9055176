package se.samtalsledaren.ui.session;

import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.ui.UiText;

/** A participant's role in the set-up dialog as a button: a click gives the next role. */
final class RoleCell extends TableCell<ParticipantRow, Role> {
    private final Button button = new Button();
    private final UiText text;

    RoleCell(SessionSetupViewModel vm, UiText text) {
        this.text = text;
        button.getStyleClass().addAll("role-button", "small-button");
        button.setFocusTraversable(false);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> {
            ParticipantRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                vm.cycleRole(row);
                getTableView().getSelectionModel().select(row);
            }
        });
    }

    /** The role a key gives the selected participant: 1, 2 or 3 (either row of digits). */
    static Role roleKey(KeyCode key) {
        return switch (key) {
            case DIGIT1, NUMPAD1 -> Role.FORTROENDEVALD;
            case DIGIT2, NUMPAD2 -> Role.TJANSTEPERSON;
            case DIGIT3, NUMPAD3 -> Role.ANNAN;
            default -> null;
        };
    }

    @Override
    protected void updateItem(Role role, boolean empty) {
        super.updateItem(role, empty);
        setText(null);
        if (empty || role == null) {
            setGraphic(null);
            return;
        }
        button.setText(text.get("role." + role.key()));
        button.setId("role-" + getIndex());
        button.setAccessibleText(text.get("session.setup.roleButton", text.get("role." + role.key())));
        setGraphic(button);
    }
}
