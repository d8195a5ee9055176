package se.samtalsledaren.ui.session;

import java.util.function.BooleanSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/** The set-up dialog's minute fields: the total and each phase's minutes. */
final class MinutesSpinner {
    private MinutesSpinner() {}

    /**
     * Makes {@code spinner} edit {@code target} in minutes: digits only, every figure kept as typed
     * (0 or 10 000 are not changed behind the user's back but outlined, with what is wrong said at
     * the field and Start disabled), the arrows stepping by {@code step}; outlined whenever
     * {@code problem} changes and {@code invalid} says so.
     *
     * @return the bridge between the spinner and {@code target}, for the caller to keep reachable
     */
    static Object bind(Spinner<Integer> spinner, IntegerProperty target, int step, ObservableValue<?> problem,
                       BooleanSupplier invalid) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 99_999, target.get(), step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String typed) {
                return typed == null || typed.isBlank() ? 0 : Integer.valueOf(typed.strip());
            }
        });
        spinner.setValueFactory(factory);
        var object = target.asObject();
        factory.valueProperty().bindBidirectional(object);
        spinner.getEditor().setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,5}") ? c : null));
        // Every keystroke counts at once: the sum, the warnings and Start follow the typing.
        spinner.getEditor().textProperty().addListener((o, a, typed) -> {
            if (!typed.isEmpty() && !typed.equals(String.valueOf(factory.getValue()))) {
                factory.setValue(Integer.valueOf(typed));
            }
        });
        Runnable outline = () -> {
            spinner.getStyleClass().remove("field-invalid");
            if (invalid.getAsBoolean()) {
                spinner.getStyleClass().add("field-invalid");
            }
        };
        problem.addListener((o, a, b) -> outline.run());
        outline.run();
        return object;
    }
}
