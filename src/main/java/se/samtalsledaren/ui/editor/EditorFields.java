package se.samtalsledaren.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import se.samtalsledaren.ui.UiText;

/**
 * The controls of one editor window by field key ({@link FieldKeys}), shared by the controllers
 * of its parts: a field's problem stands in the label under it and the control is outlined while
 * there is one, and the problem list and the buttons that add rows find the control to focus.
 */
final class EditorFields {
    private static final Pattern ROW_KEY = Pattern.compile("^(.*)\\[(\\d+)](\\.(\\w+))?$");

    private final ObservableMap<String, String> problems;
    private final UiText text;
    private final Map<String, Control> controls = new HashMap<>();

    /** @param problems the draft's problems by field key ({@link CaseEditorViewModel#problemsByField()}) */
    EditorFields(ObservableMap<String, String> problems, UiText text) {
        this.problems = problems;
        this.text = text;
    }

    /** Binds {@code control}'s text to {@code property} both ways and registers it as the field {@code key}. */
    void text(TextInputControl control, StringProperty property, String key, Label error) {
        control.textProperty().bindBidirectional(property);
        register(key, control, error);
    }

    /** Shows the field's problem in {@code error} (if given) and marks the control while there is one. */
    void register(String key, Control control, Label error) {
        controls.put(key, control);
        if (error != null) {
            error.textProperty().bind(Bindings.valueAt(problems, key));
            showWhenSet(error);
        }
        mark(control, problems.containsKey(key));
        problems.addListener((MapChangeListener<String, String>) c -> {
            if (c.getKey().equals(key)) {
                mark(control, problems.containsKey(key));
            }
        });
    }

    /** Shows the problems of several fields in one label, each line named by its field. */
    void showAll(Label error, List<String> keys) {
        error.textProperty().bind(Bindings.createStringBinding(() -> keys.stream()
                .filter(problems::containsKey)
                .map(k -> fieldName(k) + ": " + problems.get(k))
                .collect(Collectors.joining("\n")), problems));
        showWhenSet(error);
    }

    private static void showWhenSet(Label error) {
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
    }

    private static void mark(Control control, boolean invalid) {
        if (invalid && !control.getStyleClass().contains("field-invalid")) {
            control.getStyleClass().add("field-invalid");
        } else if (!invalid) {
            control.getStyleClass().remove("field-invalid");
        }
    }

    /** Forgets the controls of a list's rows (keys starting with {@code prefix}) before they are built again. */
    void forget(String prefix) {
        controls.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** The control of the field {@code key}, or null when none is registered. */
    Control control(String key) {
        return controls.get(key);
    }

    /** Focuses the field {@code key} and scrolls it into view, once the current event is handled. */
    void focusLater(String key) {
        Control c = controls.get(key);
        if (c != null) {
            Platform.runLater(() -> {
                c.requestFocus();
                scrollTo(c);
            });
        }
    }

    /** Scrolls the scroll pane around {@code node} so that it is in view. */
    static void scrollTo(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        if (n instanceof ScrollPane pane && pane.getContent() != null) {
            double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
            double viewport = pane.getViewportBounds().getHeight();
            double y = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            if (contentHeight > viewport) {
                pane.setVvalue(Math.max(0, Math.min(1, (y - 40) / (contentHeight - viewport))));
            }
        }
    }

    /** The name of a field as the trainer sees it, e.g. "Fråga 3". */
    String fieldName(String key) {
        Matcher m = ROW_KEY.matcher(key);
        if (m.matches()) {
            String row = text.get("editor.row." + m.group(1), Integer.parseInt(m.group(2)) + 1);
            return m.group(4) == null ? row : row + " (" + text.get("editor.row.part." + m.group(4)) + ")";
        }
        return key.isEmpty() ? text.get("editor.field.general") : text.get("editor.field." + key);
    }
}
