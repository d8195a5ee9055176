package se.samtalsledaren.ui.workshops;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import se.samtalsledaren.compare.StepTimes;
import se.samtalsledaren.compare.WorkshopScan;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.ui.Alerts;
import se.samtalsledaren.ui.UiText;

/** Binds the trainer's record to {@link WorkshopsViewModel}. */
public final class WorkshopsController {
    @FXML private BorderPane root;
    @FXML private ComboBox<CaseRef> caseBox;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private ProgressBar progressBar;
    @FXML private Button rescanButton;
    @FXML private TableView<WorkshopScan.Entry> table;
    @FXML private TableColumn<WorkshopScan.Entry, String> dateColumn;
    @FXML private TableColumn<WorkshopScan.Entry, String> caseColumn;
    @FXML private TableColumn<WorkshopScan.Entry, String> titleColumn;
    @FXML private TableColumn<WorkshopScan.Entry, String> placeColumn;
    @FXML private TableColumn<WorkshopScan.Entry, String> facilitatorColumn;
    @FXML private TableColumn<WorkshopScan.Entry, String> politiciansColumn;
    @FXML private TableColumn<WorkshopScan.Entry, String> officialsColumn;
    @FXML private TableColumn<WorkshopScan.Entry, String> othersColumn;
    @FXML private TableColumn<WorkshopScan.Entry, String> timeColumn;
    @FXML private TableColumn<WorkshopScan.Entry, String> step5Column;
    @FXML private Label statusLabel;
    @FXML private Button openButton;
    @FXML private Button compareButton;
    @FXML private TitledPane problemsPane;
    @FXML private ListView<WorkshopScan.Problem> problemList;
    @FXML private ListView<String> folderList;
    @FXML private Button addFolderButton;
    @FXML private Button removeFolderButton;

    private final WorkshopsViewModel vm;
    private final UiText text;
    private final BiConsumer<Path, Window> openSession;
    private final BiConsumer<List<Path>, Window> compare;

    /**
     * @param openSession opens a session file in a session window
     * @param compare     opens a comparison of session files
     */
    public WorkshopsController(WorkshopsViewModel vm, UiText text, BiConsumer<Path, Window> openSession,
                               BiConsumer<List<Path>, Window> compare) {
        this.vm = vm;
        this.text = text;
        this.openSession = openSession;
        this.compare = compare;
    }

    @FXML
    private void initialize() {
        DateTimeFormatter dates = DateTimeFormatter.ISO_LOCAL_DATE;
        column(dateColumn, e -> dates.format(e.date()));
        column(caseColumn, e -> text.get("workshops.case", e.caseRef().number(), e.caseRef().title()));
        column(titleColumn, WorkshopScan.Entry::title);
        column(placeColumn, WorkshopScan.Entry::place);
        column(facilitatorColumn, WorkshopScan.Entry::facilitator);
        column(politiciansColumn, e -> Integer.toString(e.people(Role.FORTROENDEVALD)));
        column(officialsColumn, e -> Integer.toString(e.people(Role.TJANSTEPERSON)));
        column(othersColumn, e -> Integer.toString(e.people(Role.ANNAN)));
        column(timeColumn, e -> text.get("workshops.time", Labels.minSec(e.used()), e.plannedMinutes()));
        column(step5Column, e -> text.get("workshops.step5." + e.step5().name().toLowerCase(Locale.ROOT),
                Labels.minSec(e.step5Used()), e.step5Planned()));
        step5Column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                getStyleClass().removeIf(k -> k.startsWith("workshops-step5-"));
                WorkshopScan.Entry e = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (e != null) {
                    getStyleClass().add(e.step5() == StepTimes.Step5.GOT_ITS_TIME ? "workshops-step5-ok" : "workshops-step5-short");
                }
            }
        });
        for (TableColumn<WorkshopScan.Entry, String> numeric : List.of(politiciansColumn, officialsColumn, othersColumn, timeColumn)) {
            numeric.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        table.setItems(vm.entries());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<WorkshopScan.Entry> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSession.accept(row.getItem().file(), window());
                }
            });
            row.itemProperty().addListener((o, a, item) -> row.setTooltip(item == null ? null
                    : new javafx.scene.control.Tooltip(item.file().toString())));
            return row;
        });

        caseBox.getItems().setAll(allAndThen(vm.cases()));
        vm.cases().addListener((javafx.collections.ListChangeListener<CaseRef>) c -> caseBox.getItems().setAll(allAndThen(vm.cases())));
        caseBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseRef c) {
                return c == null ? text.get("workshops.filter.allCases") : text.get("compare.caseLabel", c.number(), c.title());
            }

            @Override
            public CaseRef fromString(String s) {
                return null;
            }
        });
        caseBox.setButtonCell(buttonCell(caseBox.getConverter()));
        caseBox.setCellFactory(l -> listCell(caseBox.getConverter()));
        caseBox.valueProperty().bindBidirectional(vm.caseFilterProperty());
        yearBox.getItems().setAll(allAndThen(vm.years()));
        vm.years().addListener((javafx.collections.ListChangeListener<Integer>) c -> yearBox.getItems().setAll(allAndThen(vm.years())));
        yearBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? text.get("workshops.filter.allYears") : Integer.toString(y);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        yearBox.setButtonCell(buttonCell(yearBox.getConverter()));
        yearBox.setCellFactory(l -> listCell(yearBox.getConverter()));
        yearBox.valueProperty().bindBidirectional(vm.yearFilterProperty());

        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.scanningProperty());
        rescanButton.disableProperty().bind(vm.scanningProperty());
        rescanButton.setOnAction(e -> vm.rescan());
        statusLabel.textProperty().bind(vm.statusProperty());

        var selected = table.getSelectionModel().getSelectedItems();
        openButton.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        openButton.setOnAction(e -> openSession.accept(table.getSelectionModel().getSelectedItem().file(), window()));
        compareButton.disableProperty().bind(Bindings.size(selected).lessThan(2));
        compareButton.setOnAction(e -> compareSelected());

        problemList.setItems(vm.problems());
        problemList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(WorkshopScan.Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.reason());
                setWrapText(true);
            }
        });
        problemsPane.textProperty().bind(Bindings.createStringBinding(() -> text.get("workshops.problems", vm.problems().size()),
                vm.problems()));
        problemsPane.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problemsPane.managedProperty().bind(problemsPane.visibleProperty());

        folderList.setItems(vm.folders());
        folderList.setPlaceholder(new Label(text.get("workshops.noFolders")));
        removeFolderButton.disableProperty().bind(folderList.getSelectionModel().selectedItemProperty().isNull());
        removeFolderButton.setOnAction(e -> vm.removeFolder(folderList.getSelectionModel().getSelectedItem()));
        addFolderButton.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.get("workshops.addFolder"));
            File dir = chooser.showDialog(window());
            if (dir != null) {
                vm.addFolder(dir.toPath());
            }
        });
    }

    private void compareSelected() {
        List<WorkshopScan.Entry> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        vm.whyNotCompare(chosen).ifPresentOrElse(why -> Alerts.error(text, window(), why),
                () -> compare.accept(chosen.stream().map(WorkshopScan.Entry::file).toList(), window()));
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private static <T> List<T> allAndThen(List<T> values) {
        java.util.ArrayList<T> out = new java.util.ArrayList<>();
        out.add(null);
        out.addAll(values);
        return out;
    }

    private static <T> ListCell<T> listCell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }

    /** The combo box's own cell: no value is a choice too ("all"). */
    private static <T> ListCell<T> buttonCell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(converter.toString(item));
            }
        };
    }

    private static void column(TableColumn<WorkshopScan.Entry, String> column, Function<WorkshopScan.Entry, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
