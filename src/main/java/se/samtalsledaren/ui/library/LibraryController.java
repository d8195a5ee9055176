package se.samtalsledaren.ui.library;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import java.nio.file.Path;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.Printable;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.Tooltips;
import se.samtalsledaren.ui.UiText;

/** Binds the library view's controls to {@link LibraryViewModel}. */
public final class LibraryController {
    private static final String ALL = "";

    @FXML private TextField search;
    @FXML private ComboBox<String> themeFilter;
    @FXML private ComboBox<String> dimensionFilter;
    @FXML private Label summary;
    @FXML private ListView<LibraryEntry> cases;
    @FXML private TitledPane problemsPane;
    @FXML private ListView<FileProblem> problems;

    private final LibraryViewModel vm;
    private final UiText text;

    public LibraryController(LibraryViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(vm.searchTextProperty());

        themeFilter.setItems(FXCollections.observableArrayList());
        updateThemes();
        vm.themes().addListener((ListChangeListener<String>) c -> updateThemes());
        themeFilter.setConverter(labels(text.get("library.filter.allThemes")));
        themeFilter.valueProperty().bindBidirectional(vm.themeFilterProperty());

        dimensionFilter.getItems().setAll(ALL, Dimension.STRUKTUR.key(), Dimension.PROCESS.key(), Dimension.VARDERINGAR.key());
        dimensionFilter.setConverter(labels(text.get("library.filter.allDimensions")));
        dimensionFilter.setValue(ALL);
        dimensionFilter.valueProperty().addListener((o, a, b) ->
                vm.dimensionFilterProperty().set(b == null || b.isEmpty() ? null : Dimension.fromKey(b).orElse(null)));
        vm.dimensionFilterProperty().addListener((o, a, b) -> dimensionFilter.setValue(b == null ? ALL : b.key()));

        summary.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("library.summary", vm.results().size(), vm.totalCount()),
                vm.results(), vm.libraryProperty()));

        cases.setItems(vm.results());
        cases.setCellFactory(list -> new CaseCell());
        cases.setPlaceholder(new Label(text.get("library.noMatches")));
        cases.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> showSelection(b));
        vm.results().addListener((ListChangeListener<LibraryEntry>) c -> showSelection(vm.selectedProperty().get()));

        problems.setItems(vm.problems());
        problems.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FileProblem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.toString());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        // The pane is in the view only while there are problems, so a clean library's first frame
        // does not style and lay out a hidden pane and list.
        Pane holder = (Pane) problemsPane.getParent();
        int place = holder.getChildren().indexOf(problemsPane);
        Runnable showProblems = () -> {
            if (vm.problems().isEmpty()) {
                holder.getChildren().remove(problemsPane);
            } else if (problemsPane.getParent() == null) {
                holder.getChildren().add(Math.min(place, holder.getChildren().size()), problemsPane);
            }
        };
        vm.problems().addListener((ListChangeListener<FileProblem>) c -> showProblems.run());
        showProblems.run();
        problemsPane.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("library.problems", vm.problems().size()), vm.problems()));
    }

    private void showSelection(LibraryEntry entry) {
        if (entry != null && cases.getItems().contains(entry) && cases.getSelectionModel().getSelectedItem() != entry) {
            cases.getSelectionModel().select(entry);
            cases.scrollTo(entry);
        }
    }

    private void updateThemes() {
        List<String> items = new java.util.ArrayList<>();
        items.add(ALL);
        items.addAll(vm.themes());
        String current = vm.themeFilterProperty().get();
        themeFilter.getItems().setAll(items);
        themeFilter.setValue(current == null ? ALL : current);
    }

    /** Shows "" as the given all-label and dimension keys with their capitalised name. */
    private static StringConverter<String> labels(String allLabel) {
        return Converters.display(s -> s == null || s.isEmpty() ? allLabel : Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    /** Focuses the search field and selects its text. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private final class CaseCell extends ListCell<LibraryEntry> {
        private final Label number = new Label();
        // Text, not Label: a cell is styled and measured for every case shown, and a Label is a
        // control with a skin of its own around the same text.
        private final Text title = new Text();
        private final Text themes = new Text();
        private final Text origin = new Text();
        private final VBox details = new VBox(2, themes, origin);
        private final VBox box = new VBox(2, new HBox(8, number, title), details);
        /** Where the shown case comes from, for the tooltip; null for an empty cell. */
        private String tooltipText;

        CaseCell() {
            number.getStyleClass().add("case-cell-number");
            title.getStyleClass().add("case-cell-title");
            themes.getStyleClass().add("case-cell-themes");
            origin.getStyleClass().add("case-cell-origin");
            details.getStyleClass().add("case-cell-details");
            box.getStyleClass().add("case-cell");
            title.wrappingWidthProperty().bind(cases.widthProperty().subtract(70));
            themes.wrappingWidthProperty().bind(cases.widthProperty().subtract(70));
            setPrefWidth(0);
            Tooltips.onFirstHover(this, () -> tooltipText);
        }

        @Override
        protected void updateItem(LibraryEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                tooltipText = null;
                Tooltips.update(this, null);
                return;
            }
            number.setText(String.valueOf(e.value().number()));
            // Case files come from others: a control character is shown, not obeyed.
            title.setText(Printable.escape(e.value().title()));
            themes.setText(Printable.escape(e.value().themes().stream().collect(Collectors.joining(" · "))));
            themes.setVisible(!e.value().themes().isEmpty());
            themes.setManaged(themes.isVisible());
            Path folder = Path.of(e.origin());
            origin.setText(e.bundled() ? text.get("library.origin.bundled")
                    : text.get("library.origin.folder", folder.getFileName() == null ? e.origin() : folder.getFileName().toString()));
            tooltipText = e.bundled() ? text.get("reader.origin.bundled")
                    : text.get("reader.origin.folder", folder.resolve(e.file()).toString());
            Tooltips.update(this, tooltipText);
            setText(null);
            setGraphic(box);
        }
    }
}
