package se.samtalsledaren.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.compare.Comparison.Kind;
import se.samtalsledaren.compare.Grouping;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.compare.ComparisonViewModel.Page;

/** Binds the comparison window to {@link ComparisonViewModel}; the pages are built by {@link ComparisonViews}. */
public final class ComparisonController {
    @FXML private BorderPane root;
    @FXML private Label titleLabel;
    @FXML private Label summaryLabel;
    @FXML private Button plenaryButton;
    @FXML private Button exportButton;
    @FXML private ListView<Page> pageList;
    @FXML private VBox loadingBox;
    @FXML private Label loadingLabel;
    @FXML private VBox problemBox;
    @FXML private Label problemHeading;
    @FXML private ListView<String> problemList;
    @FXML private Button chooseOtherButton;
    @FXML private ScrollPane pageScroll;
    @FXML private VBox groupingBox;
    @FXML private Label groupingHeading;
    @FXML private Button mergeButton;
    @FXML private Button detachButton;
    @FXML private Button splitButton;
    @FXML private Label adjustedLabel;
    @FXML private Button resetButton;
    @FXML private TreeView<Object> groupingTree;

    /** A cluster in the grouping tree: its index in the grouping. */
    record ClusterNode(int index, String label) {}

    /** An item in the grouping tree (a member of a shared cluster, or a cluster of its own). */
    record ItemNode(int cluster, Grouping.Ref ref, String label, boolean shared) {}

    private final ComparisonViewModel vm;
    private final UiText text;
    private final ComparisonViews views;
    private final Runnable openPlenary;
    private final Runnable export;
    private final Runnable chooseOther;

    public ComparisonController(ComparisonViewModel vm, UiText text, Runnable openPlenary, Runnable export, Runnable chooseOther) {
        this.vm = vm;
        this.text = text;
        this.views = new ComparisonViews(text);
        this.openPlenary = openPlenary;
        this.export = export;
        this.chooseOther = chooseOther;
    }

    @FXML
    private void initialize() {
        var ready = vm.comparisonProperty().isNotNull().and(vm.loadingProperty().not());
        var failed = Bindings.isNotEmpty(vm.problems());
        show(loadingBox, vm.loadingProperty());
        show(problemBox, failed.and(vm.loadingProperty().not()));
        BooleanBinding groupingPage = Bindings.createBooleanBinding(() -> vm.pageProperty().get().kind().isPresent(), vm.pageProperty());
        show(pageScroll, ready.and(failed.not()).and(groupingPage.not()));
        show(groupingBox, ready.and(failed.not()).and(groupingPage));
        loadingLabel.textProperty().bind(vm.statusProperty());
        problemHeading.textProperty().bind(vm.statusProperty());
        problemList.setItems(vm.problems());
        chooseOtherButton.setOnAction(e -> chooseOther.run());
        plenaryButton.disableProperty().bind(ready.not());
        exportButton.disableProperty().bind(ready.not());
        plenaryButton.setOnAction(e -> openPlenary.run());
        exportButton.setOnAction(e -> export.run());

        pageList.getItems().setAll(Page.values());
        pageList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Page p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : pageTitle(p));
            }
        });
        pageList.getSelectionModel().select(vm.pageProperty().get());
        pageList.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.pageProperty().set(p);
            }
        });
        vm.pageProperty().addListener((o, a, p) -> {
            pageList.getSelectionModel().select(p);
            rebuild();
        });
        vm.comparisonProperty().addListener((o, a, c) -> rebuild());

        groupingTree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        groupingTree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("compare-cluster-cell", "compare-item-cell");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof ClusterNode c) {
                    setText(c.label());
                    getStyleClass().add("compare-cluster-cell");
                } else {
                    setText(((ItemNode) item).label());
                    getStyleClass().add("compare-item-cell");
                }
            }
        });
        var selected = groupingTree.getSelectionModel().getSelectedItems();
        mergeButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedClusters().size() < 2, selected));
        detachButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedMembers().isEmpty(), selected));
        splitButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedSharedClusters().isEmpty(), selected));
        mergeButton.setOnAction(e -> kind().ifPresent(k -> vm.merge(k, selectedClusters())));
        detachButton.setOnAction(e -> kind().ifPresent(k -> vm.detach(k, selectedMembers())));
        splitButton.setOnAction(e -> kind().ifPresent(k -> vm.split(k, selectedSharedClusters())));
        resetButton.setOnAction(e -> kind().ifPresent(vm::reset));
        vm.problems().addListener((ListChangeListener<String>) c -> rebuild());

        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                keys(scene);
            }
        });
        rebuild();
    }

    private void keys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
            if (!plenaryButton.isDisabled()) {
                openPlenary.run();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!exportButton.isDisabled()) {
                export.run();
            }
        });
    }

    private static void show(Node node, ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    String pageTitle(Page p) {
        if (p.phase().isPresent() && p.phase().get().isStep()) {
            return views.phaseTitle(p.phase().get());
        }
        return text.get("compare.page." + p.name().toLowerCase(java.util.Locale.ROOT));
    }

    private java.util.Optional<Kind> kind() {
        return vm.pageProperty().get().kind();
    }

    /** Rebuilds the title and the page shown from the comparison as it stands. */
    private void rebuild() {
        Comparison c = vm.comparisonProperty().get();
        if (c == null) {
            titleLabel.setText(text.get("compare.windowHeading"));
            summaryLabel.setText("");
            return;
        }
        titleLabel.setText(text.get("compare.heading", c.caseRef().number(), c.caseRef().title()));
        List<java.time.LocalDate> dates = c.groups().stream().map(g -> g.session().info().date()).distinct().sorted().toList();
        summaryLabel.setText(text.get("compare.summary", c.groups().size(), dates.size() == 1 ? views.date(dates.get(0))
                : views.date(dates.get(0)) + " – " + views.date(dates.get(dates.size() - 1))));
        Page page = vm.pageProperty().get();
        if (page.kind().isPresent()) {
            buildGrouping(c, page.kind().get());
            return;
        }
        Node content;
        if (page.phase().isPresent()) {
            content = views.columns(c, page.phase().get(), ComparisonViews.Detail.WINDOW);
        } else if (page == Page.TIMES) {
            content = new VBox(8, ComparisonViews.label(text.get("compare.times.intro"), "compare-intro"), views.times(c));
        } else if (page == Page.AIRTIME) {
            content = views.airtime(c);
        } else {
            content = views.overview(c);
        }
        content.getStyleClass().add("compare-page-content");
        pageScroll.setContent(content);
        pageScroll.setVvalue(0);
    }

    private void buildGrouping(Comparison c, Kind kind) {
        groupingHeading.setText(pageTitle(kind == Kind.PROBLEMS ? Page.PROBLEMS : Page.SOLUTIONS));
        adjustedLabel.visibleProperty().unbind();
        adjustedLabel.visibleProperty().bind(vm.adjusted(kind));
        resetButton.disableProperty().unbind();
        resetButton.disableProperty().bind(vm.adjusted(kind).not());
        Grouping g = c.grouping(kind);
        TreeItem<Object> rootItem = new TreeItem<>();
        int shared = 0;
        for (int i = 0; i < g.clusters().size(); i++) {
            Grouping.Cluster cluster = g.clusters().get(i);
            if (cluster.shared()) {
                shared++;
                TreeItem<Object> node = new TreeItem<>(new ClusterNode(i, text.get("compare.cluster", views.tag(kind, shared),
                        cluster.groups(), c.groups().size())));
                for (Grouping.Ref r : cluster.members()) {
                    node.getChildren().add(new TreeItem<>(new ItemNode(i, r, itemLabel(c, kind, r), true)));
                }
                node.setExpanded(true);
                rootItem.getChildren().add(node);
            } else {
                Grouping.Ref r = cluster.members().get(0);
                rootItem.getChildren().add(new TreeItem<>(new ItemNode(i, r, itemLabel(c, kind, r), false)));
            }
        }
        groupingTree.setRoot(rootItem);
    }

    private String itemLabel(Comparison c, Kind kind, Grouping.Ref r) {
        return text.get("compare.item", r.group() + 1, c.text(kind, r));
    }

    /** The clusters the selection touches (a member counts for its cluster), in grouping order. */
    private List<Integer> selectedClusters() {
        Set<Integer> out = new java.util.TreeSet<>();
        for (TreeItem<Object> item : new ArrayList<>(groupingTree.getSelectionModel().getSelectedItems())) {
            if (item != null && item.getValue() instanceof ClusterNode c) {
                out.add(c.index());
            } else if (item != null && item.getValue() instanceof ItemNode n) {
                out.add(n.cluster());
            }
        }
        return new ArrayList<>(out);
    }

    private List<Integer> selectedSharedClusters() {
        Set<Integer> out = new java.util.TreeSet<>();
        for (TreeItem<Object> item : new ArrayList<>(groupingTree.getSelectionModel().getSelectedItems())) {
            if (item != null && item.getValue() instanceof ClusterNode c) {
                out.add(c.index());
            }
        }
        return new ArrayList<>(out);
    }

    private List<Grouping.Ref> selectedMembers() {
        Set<Grouping.Ref> out = new LinkedHashSet<>();
        for (TreeItem<Object> item : new ArrayList<>(groupingTree.getSelectionModel().getSelectedItems())) {
            if (item != null && item.getValue() instanceof ItemNode n && n.shared()) {
                out.add(n.ref());
            }
        }
        return new ArrayList<>(out);
    }
}
