package se.samtalsledaren.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Case;

/**
 * One part of the case editor's draft (the fields, the narrative, the questions, the teaching
 * notes) as properties: {@link #show} fills them from a case, and every change is passed on to
 * the editor's view model with the key of the field that changed, which builds, validates and
 * records the whole case.
 */
abstract class DraftPart {
    private Consumer<String> changed = key -> { };

    /** Shows this part of {@code c} in the properties. */
    abstract void show(Case c);

    /**
     * @param listener told of every change with the field's key ({@link FieldKeys}), or null for a
     *                 change that is always an undo step of its own
     */
    final void onChange(Consumer<String> listener) {
        this.changed = listener;
    }

    protected final void watch(String key, ObservableValue<?> value) {
        value.addListener((o, a, b) -> changed.accept(key));
    }

    protected final void watchList(ObservableList<?> list) {
        list.addListener((ListChangeListener<Object>) c -> changed.accept(null));
    }

    /** An edit inside one row is keyed by the row ({@code prefix[i]}); adding, removing or moving rows is not. */
    protected final <R> void watchRows(ObservableList<R> rows, String prefix) {
        rows.addListener((ListChangeListener<R>) c -> {
            String key = null;
            while (c.next()) {
                boolean onlyUpdate = c.wasUpdated() && !c.wasAdded() && !c.wasRemoved() && !c.wasPermutated();
                key = onlyUpdate && c.getTo() - c.getFrom() == 1 ? prefix + "[" + c.getFrom() + "]" : null;
            }
            changed.accept(key);
        });
    }

    /** Updates rows in place (so editors keep their controls), adding or removing at the end. */
    static <R, V> void syncRows(ObservableList<R> rows, List<V> values, Function<V, R> create, BiConsumer<R, V> set) {
        for (int i = 0; i < Math.min(rows.size(), values.size()); i++) {
            set.accept(rows.get(i), values.get(i));
        }
        if (rows.size() > values.size()) {
            rows.remove(values.size(), rows.size());
        } else {
            List<R> added = new ArrayList<>();
            for (int i = rows.size(); i < values.size(); i++) {
                added.add(create.apply(values.get(i)));
            }
            rows.addAll(added);
        }
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Non-blank lines, stripped. */
    static List<String> lines(String s) {
        return Arrays.stream(nonNull(s).split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Comma-separated, stripped, non-blank. */
    static List<String> commaList(String s) {
        return Arrays.stream(nonNull(s).split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
