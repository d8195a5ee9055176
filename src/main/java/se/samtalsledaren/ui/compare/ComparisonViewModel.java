package se.samtalsledaren.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.compare.Comparison.Kind;
import se.samtalsledaren.compare.ComparisonDocument;
import se.samtalsledaren.compare.Grouping;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * The comparison window's state: the session files being read (in the background) or why they
 * could not be compared, the comparison with the groupings as the facilitator has corrected
 * them, and the page shown. Corrections make a new {@link Comparison}; everything shown and
 * exported is built from {@link #comparisonProperty()}.
 */
public final class ComparisonViewModel {
    /** The pages of the window, in the order of its list. */
    public enum Page {
        OVERVIEW(null), STEP_1(Phase.STEP_1), STEP_2(Phase.STEP_2), STEP_3(Phase.STEP_3), STEP_4(Phase.STEP_4),
        STEP_5(Phase.STEP_5), CLOSING(Phase.CLOSING), TIMES(null), AIRTIME(null), PROBLEMS(null), SOLUTIONS(null);

        private final Phase phase;

        Page(Phase phase) {
            this.phase = phase;
        }

        /** The phase the page shows side by side, if it is a step (or the closing). */
        public Optional<Phase> phase() {
            return Optional.ofNullable(phase);
        }

        /** The grouping the page corrects, for the two grouping pages. */
        public Optional<Kind> kind() {
            return this == PROBLEMS ? Optional.of(Kind.PROBLEMS) : this == SOLUTIONS ? Optional.of(Kind.SOLUTIONS) : Optional.empty();
        }
    }

    /** Reads session files and compares them; throws the problems of every file that cannot be. */
    @FunctionalInterface
    public interface Loader {
        Comparison load(List<Path> files) throws FileProblemException;
    }

    private final UiText text;
    private final Background background;
    private final Loader loader;
    private final ComparisonDocument document = new ComparisonDocument(new Labels());

    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final Map<Kind, Grouping> suggested = new EnumMap<>(Kind.class);
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.OVERVIEW);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private List<Path> files = List.of();

    public ComparisonViewModel(UiText text, Background background, Loader loader) {
        this.text = text;
        this.background = background;
        this.loader = loader;
    }

    /** Reads and compares {@code files} in the background; the old comparison stays until the new one is there. */
    public void load(List<Path> chosen) {
        files = List.copyOf(chosen);
        problems.clear();
        loading.set(true);
        status.set(text.get("compare.loading", files.size()));
        background.run(() -> loader.load(files), c -> {
            loading.set(false);
            status.set("");
            suggested.clear();
            for (Kind k : Kind.values()) {
                suggested.put(k, c.grouping(k));
            }
            comparison.set(c);
        }, e -> {
            loading.set(false);
            status.set(text.get("compare.failed"));
            if (e instanceof FileProblemException f) {
                f.problems().forEach(p -> problems.add(p.toString()));
            } else {
                problems.add(String.valueOf(e.getMessage() == null ? e : e.getMessage()));
            }
        });
    }

    /** The files of the last {@link #load}. */
    public List<Path> files() {
        return files;
    }

    /** Merges the clusters at {@code indexes} (of the current grouping) into one. */
    public void merge(Kind kind, Collection<Integer> indexes) {
        Comparison c = comparison.get();
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(indexes));
        if (c == null || sorted.size() < 2) {
            return;
        }
        Grouping g = c.grouping(kind);
        List<Grouping.Ref> anchors = sorted.stream().map(i -> g.clusters().get(i).members().get(0)).toList();
        // Each merge renumbers the clusters: follow each by one of its items.
        Grouping next = g;
        for (int i = 1; i < anchors.size(); i++) {
            next = next.merge(next.clusterOf(anchors.get(0)), next.clusterOf(anchors.get(i)));
        }
        comparison.set(c.with(kind, next));
    }

    /** Takes each of {@code refs} out of its cluster to stand alone. */
    public void detach(Kind kind, Collection<Grouping.Ref> refs) {
        Comparison c = comparison.get();
        if (c == null || refs.isEmpty()) {
            return;
        }
        Grouping next = c.grouping(kind);
        for (Grouping.Ref r : refs) {
            next = next.detach(r);
        }
        comparison.set(c.with(kind, next));
    }

    /** Splits each cluster at {@code indexes} into single items. */
    public void split(Kind kind, Collection<Integer> indexes) {
        Comparison c = comparison.get();
        if (c == null || indexes.isEmpty()) {
            return;
        }
        Grouping g = c.grouping(kind);
        List<Grouping.Ref> anchors = new TreeSet<>(indexes).stream().map(i -> g.clusters().get(i).members().get(0)).toList();
        Grouping next = g;
        for (Grouping.Ref a : anchors) {
            next = next.split(next.clusterOf(a));
        }
        comparison.set(c.with(kind, next));
    }

    /** Puts the suggested grouping back. */
    public void reset(Kind kind) {
        Comparison c = comparison.get();
        if (c != null) {
            comparison.set(c.with(kind, suggested.get(kind)));
        }
    }

    /** Whether the grouping differs from the suggestion. */
    public BooleanBinding adjusted(Kind kind) {
        return Bindings.createBooleanBinding(() -> comparison.get() != null
                && !comparison.get().grouping(kind).equals(suggested.get(kind)), comparison);
    }

    /** The comparison as a document, with the groupings as they stand now. */
    public ExportDocument document() {
        return document.build(comparison.get());
    }

    /** "Case 11: Tuffa strukturbeslut slår olika". */
    public String caseLabel() {
        Comparison c = comparison.get();
        return c == null ? "" : text.get("compare.caseLabel", c.caseRef().number(), c.caseRef().title());
    }

    /** The file an export is offered as first: beside the first session file. */
    public Path suggestedExport(Path fallbackFolder) {
        Comparison c = comparison.get();
        String name = String.format("jamforelse-case-%02d.pdf", c == null ? 0 : c.caseRef().number());
        Path first = files.isEmpty() ? null : files.get(0).toAbsolutePath().getParent();
        return (first != null ? first : fallbackFolder).resolve(name);
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the files could not be compared: one line per problem (file, line:column, field, what). */
    public ObservableList<String> problems() {
        return problems;
    }
}
