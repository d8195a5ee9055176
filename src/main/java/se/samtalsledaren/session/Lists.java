package se.samtalsledaren.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Small immutable-list operations on items identified by an id. */
final class Lists {
    private Lists() {}

    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    static <T> List<T> insert(List<T> list, int index, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(Math.max(0, Math.min(out.size(), index)), item);
        return out;
    }

    static <T> int indexOf(List<T> list, Function<T, String> id, String wanted) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(wanted)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no item with id " + wanted);
    }

    static <T> List<T> replace(List<T> list, Function<T, String> id, String wanted, UnaryOperator<T> change) {
        List<T> out = new ArrayList<>(list);
        int i = indexOf(list, id, wanted);
        out.set(i, change.apply(out.get(i)));
        return out;
    }

    static <T> List<T> remove(List<T> list, Function<T, String> id, String wanted) {
        List<T> out = new ArrayList<>(list);
        out.remove(indexOf(list, id, wanted));
        return out;
    }

    /** Moves the item to {@code newIndex} (clamped to the list). */
    static <T> List<T> moveTo(List<T> list, Function<T, String> id, String wanted, int newIndex) {
        List<T> out = new ArrayList<>(list);
        T item = out.remove(indexOf(list, id, wanted));
        out.add(Math.max(0, Math.min(out.size(), newIndex)), item);
        return out;
    }

    static <T> List<T> moveBy(List<T> list, Function<T, String> id, String wanted, int delta) {
        return moveTo(list, id, wanted, indexOf(list, id, wanted) + delta);
    }
}
