package se.samtalsledaren.ui.session;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.session.TimerLevel;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** Binds the session window to {@link SessionViewModel}; builds the per-step editors. */
public final class SessionController {
    @FXML private BorderPane root;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private MenuItem importPreparationsItem;
    @FXML private se.samtalsledaren.ui.preparation.PreparationController preparationPanelController;
    @FXML private Label caseLabel;
    @FXML private Label sessionTitle;
    @FXML private Label scheduleLabel;
    @FXML private VBox rail;
    @FXML private Label phaseTitle;
    @FXML private Label phasePurpose;
    @FXML private TitledPane guidancePane;
    @FXML private Label phaseGuidance;
    @FXML private VBox questionsBox;
    @FXML private VBox caseTextBox;
    @FXML private VBox notesSection;
    @FXML private ListView<Note> notesList;
    @FXML private TextField noteInput;
    @FXML private ComboBox<Participant> noteBy;
    @FXML private ComboBox<Dimension> noteDimension;
    @FXML private VBox solutionsSection;
    @FXML private ListView<Solution> solutionsList;
    @FXML private TextField solutionInput;
    @FXML private Button solutionUp;
    @FXML private Button solutionDown;
    @FXML private Button sortByVotes;
    @FXML private HBox votesBox;
    @FXML private VBox consequencesSection;
    @FXML private VBox agreementsSection;
    @FXML private TableView<Agreement> agreementsTable;
    @FXML private TableColumn<Agreement, String> whatColumn;
    @FXML private TableColumn<Agreement, String> whoColumn;
    @FXML private TableColumn<Agreement, String> dueColumn;
    @FXML private TextField agreementWhat;
    @FXML private TextField agreementWho;
    @FXML private DatePicker agreementDue;
    @FXML private Button addAgreement;
    @FXML private Label timerLabel;
    @FXML private Label timerCaption;
    @FXML private Label plannedUsed;
    @FXML private Button pauseButton;
    @FXML private Button add1;
    @FXML private Button add5;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label projectionLabel;
    @FXML private Label statusLabel;

    @FXML private MenuItem projectorItem;
    @FXML private MenuItem shortcutsItem;

    private final SessionViewModel vm;
    private final UiText text;
    private final Timeline ticker;
    private final java.util.function.Consumer<javafx.stage.Window> toggleProjector;
    private final java.util.function.Consumer<javafx.stage.Window> export;
    private final ShortcutOverlay shortcuts;

    /**
     * @param refresh         recomputes clock-derived figures elsewhere (the floor), with this window's ticker
     * @param toggleProjector opens or closes the room's projector view
     * @param export          opens the export dialog for this session
     */
    public SessionController(SessionViewModel vm, UiText text, Runnable refresh,
                             java.util.function.Consumer<javafx.stage.Window> toggleProjector,
                             java.util.function.Consumer<javafx.stage.Window> export) {
        this.vm = vm;
        this.text = text;
        this.toggleProjector = toggleProjector;
        this.export = export;
        this.shortcuts = new ShortcutOverlay(text);
        // Repaints only: every figure is computed from the clock in the view models.
        this.ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> {
            vm.refreshTime();
            refresh.run();
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        caseLabel.setText("Case " + vm.caseData().number() + ": " + vm.caseData().title());
        sessionTitle.setText(vm.session().info().title());
        scheduleLabel.textProperty().bind(vm.scheduleProperty());
        timerLabel.textProperty().bind(vm.timerTextProperty());
        timerCaption.textProperty().bind(vm.timerCaptionProperty());
        plannedUsed.textProperty().bind(vm.plannedUsedProperty());
        projectionLabel.textProperty().bind(vm.projectionProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        vm.levelProperty().addListener((o, a, b) -> styleLevel(b));
        styleLevel(vm.levelProperty().get());
        pauseButton.textProperty().bind(Bindings.when(vm.runningProperty())
                .then(text.get("session.timer.pause")).otherwise(text.get("session.timer.resume")));
        pauseButton.setOnAction(e -> vm.togglePause());
        add1.setOnAction(e -> vm.addTime(1));
        add5.setOnAction(e -> vm.addTime(5));
        previousButton.setOnAction(e -> vm.previous());
        nextButton.setOnAction(e -> vm.next(this::confirmSkipAnalysis));

        vm.rail().addListener((ListChangeListener<SessionViewModel.RailItem>) c -> buildRail());
        buildRail();
        vm.currentProperty().addListener((o, a, b) -> showPhase(b));
        setUpNotes();
        setUpSolutions();
        setUpAgreements();
        vm.chosen().addListener((ListChangeListener<Solution>) c -> buildConsequences());
        showPhase(vm.currentProperty().get());

        saveItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        saveAsItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveItem.setOnAction(e -> save(false));
        saveAsItem.setOnAction(e -> save(true));
        importPreparationsItem.setOnAction(e -> preparationPanelController.chooseAndImport());
        projectorItem.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        projectorItem.setOnAction(e -> toggleProjector.accept(root.getScene().getWindow()));
        shortcutsItem.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcutsItem.setOnAction(e -> shortcuts.toggle(root.getScene().getWindow()));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                se.samtalsledaren.ui.Shortcuts.of(scene)
                        .put(new KeyCodeCombination(KeyCode.F5), vm::togglePause)
                        .put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), () -> vm.next(this::confirmSkipAnalysis))
                        .put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), vm::previous);
                ticker.play();
                scene.windowProperty().addListener((ow, oldWindow, window) -> {
                    if (window != null) {
                        window.setOnCloseRequest(event -> {
                            if (!confirmClose()) {
                                event.consume();
                            }
                        });
                    }
                });
            } else {
                ticker.stop();
            }
        });
    }

    @FXML
    private void exportSession() {
        export.accept(root.getScene().getWindow());
    }

    private void styleLevel(TimerLevel level) {
        timerLabel.getStyleClass().removeAll("timer-normal", "timer-warning", "timer-critical", "timer-overrun");
        timerLabel.getStyleClass().add("timer-" + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    private boolean confirmSkipAnalysis() {
        ButtonType yes = new ButtonType(text.get("dialog.yes"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(text.get("dialog.no"), javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("session.confirm.skipAnalysis.body"), yes, no);
        alert.setTitle(text.get("session.confirm.skipAnalysis.title"));
        alert.setHeaderText(text.get("session.confirm.skipAnalysis.title"));
        alert.initOwner(root.getScene().getWindow());
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    /**
     * Asked before the window closes: unsaved changes are saved, discarded on purpose, or the
     * window stays open. Returns whether it may close.
     */
    private boolean confirmClose() {
        if (!vm.dirtyProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType(text.get("session.close.save"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("session.close.discard"), javafx.scene.control.ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(text.get("session.setup.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text.get("session.close.body"), save, discard, cancel);
        alert.setHeaderText(text.get("session.close.title"));
        alert.initOwner(root.getScene().getWindow());
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            save(false);
            return !vm.dirtyProperty().get();
        }
        return answer == discard;
    }

    private void buildRail() {
        rail.getChildren().clear();
        for (SessionViewModel.RailItem item : vm.rail()) {
            Label name = new Label(item.phase() == Phase.CLOSING ? text.get("session.setup.closing") : item.label());
            name.getStyleClass().add("rail-name");
            Label minutes = new Label(item.minutes() + (item.noteCount() > 0 ? "  ·  " + text.get("session.rail.notes", item.noteCount()) : ""));
            minutes.getStyleClass().add("rail-minutes");
            VBox box = new VBox(2, name, minutes);
            Button b = new Button();
            b.setGraphic(box);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setId("rail-" + item.phase().key());
            b.getStyleClass().add("rail-item");
            if (item.current()) {
                b.getStyleClass().add("rail-current");
            }
            if (item.level() == TimerLevel.OVERRUN) {
                b.getStyleClass().add("rail-overrun");
            }
            b.setOnAction(e -> vm.goTo(item.phase(), this::confirmSkipAnalysis));
            rail.getChildren().add(b);
        }
    }

    private void showPhase(Phase phase) {
        phaseTitle.setText(text.get("phase." + phase.key()));
        phasePurpose.setText(text.get("phase." + phase.key() + ".purpose"));
        phaseGuidance.setText(text.get("phase." + phase.key() + ".guidance"));
        questionsBox.getChildren().clear();
        show(questionsBox, phase != Phase.CLOSING);
        if (phase != Phase.CLOSING) {
            Label heading = new Label(text.get("session.questions"));
            heading.getStyleClass().add("section-heading");
            questionsBox.getChildren().add(heading);
            if (vm.questions().isEmpty()) {
                questionsBox.getChildren().add(new Label(text.get("session.noQuestions")));
            }
            for (Question q : vm.questions()) {
                Label l = new Label("• " + q.text());
                l.setWrapText(true);
                l.getStyleClass().add("step-question");
                questionsBox.getChildren().add(l);
            }
        }
        caseTextBox.getChildren().clear();
        if (phase == Phase.PREPARATION) {
            Label thought = new Label(vm.caseData().thoughtAssociation());
            thought.setWrapText(true);
            thought.getStyleClass().add("thought-text");
            caseTextBox.getChildren().add(thought);
            for (NarrativeBlock b : vm.caseData().narrative()) {
                Label l = new Label(b.text());
                l.setWrapText(true);
                l.getStyleClass().add("case-" + b.type().key());
                caseTextBox.getChildren().add(l);
            }
        }
        show(notesSection, phase.isStep());
        show(solutionsSection, phase == Phase.STEP_3 || phase == Phase.STEP_4);
        show(votesBox, phase == Phase.STEP_4);
        show(sortByVotes, phase == Phase.STEP_4);
        show(consequencesSection, phase == Phase.STEP_5);
        show(agreementsSection, phase == Phase.CLOSING);
        solutionsList.refresh();
        buildConsequences();
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    // ---- notes ----------------------------------------------------------------------------

    private void setUpNotes() {
        notesList.setItems(vm.notes());
        notesList.setCellFactory(list -> new NoteCell());
        noteBy.setItems(withNone(vm.participants()));
        vm.participants().addListener((ListChangeListener<Participant>) c -> noteBy.setItems(withNone(vm.participants())));
        noteBy.setConverter(Converters.display(p -> p == null ? text.get("session.note.anyone") : p.name()));
        noteBy.setButtonCell(new NullSafeCell<>(p -> p == null ? text.get("session.note.anyone") : p.name()));
        noteDimension.getItems().setAll(null, Dimension.STRUKTUR, Dimension.PROCESS, Dimension.VARDERINGAR);
        noteDimension.setConverter(Converters.display(d -> d == null ? text.get("session.note.noDimension") : text.get("dimension." + d.key())));
        noteDimension.setButtonCell(new NullSafeCell<>(d -> d == null ? text.get("session.note.noDimension") : text.get("dimension." + d.key())));
        noteInput.setOnAction(e -> {
            vm.addNote(noteInput.getText(), noteBy.getValue(), noteDimension.getValue());
            noteInput.clear();
            notesList.scrollTo(vm.notes().size() - 1);
        });
        notesList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Note selected = notesList.getSelectionModel().getSelectedItem();
            if (selected == null || notesList.getEditingIndex() >= 0) {
                return;
            }
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int delta = e.getCode() == KeyCode.UP ? -1 : 1;
                int index = notesList.getSelectionModel().getSelectedIndex();
                vm.moveNote(selected, delta);
                notesList.getSelectionModel().select(Math.max(0, Math.min(vm.notes().size() - 1, index + delta)));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.removeNote(selected);
                e.consume();
            }
        });
    }

    private static <T> javafx.collections.ObservableList<T> withNone(List<T> items) {
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(items);
        return javafx.collections.FXCollections.observableArrayList(all);
    }

    private static final class NullSafeCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> label;

        NullSafeCell(java.util.function.Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? label.apply(null) : label.apply(item));
        }
    }

    /** A note: its text, who said it and its dimension; double-click or F2 edits the text. */
    private final class NoteCell extends ListCell<Note> {
        private final TextField editor = new TextField();

        NoteCell() {
            editor.setOnAction(e -> commitEdit(withText(getItem(), editor.getText())));
            editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(Note note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (isEditing()) {
                editor.setText(note.text());
                setText(null);
                setGraphic(editor);
                return;
            }
            StringBuilder sb = new StringBuilder("• ").append(note.text());
            String who = vm.participantName(note.participantId());
            List<String> tags = new ArrayList<>();
            if (!who.isEmpty()) {
                tags.add(who);
            }
            if (note.dimension() != null) {
                tags.add(text.get("dimension." + note.dimension().key()));
            }
            if (!tags.isEmpty()) {
                sb.append("   — ").append(String.join(" · ", tags));
            }
            setText(sb.toString());
            setGraphic(null);
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (isEditing()) {
                editor.setText(getItem().text());
                setText(null);
                setGraphic(editor);
                editor.requestFocus();
                editor.selectAll();
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), isEmpty());
        }

        @Override
        public void commitEdit(Note edited) {
            Note original = getItem();
            super.commitEdit(edited);
            vm.editNote(original, edited.text());
        }

        private Note withText(Note n, String t) {
            return new Note(n.id(), t, n.participantId(), n.dimension());
        }
    }

    // ---- solutions ------------------------------------------------------------------------

    private void setUpSolutions() {
        solutionsList.setItems(vm.solutions());
        solutionsList.setCellFactory(list -> new SolutionCell());
        solutionInput.setOnAction(e -> {
            vm.addSolution(solutionInput.getText(), null);
            solutionInput.clear();
        });
        var selected = solutionsList.getSelectionModel().selectedItemProperty();
        solutionUp.disableProperty().bind(selected.isNull());
        solutionDown.disableProperty().bind(selected.isNull());
        solutionUp.setOnAction(e -> moveSelectedSolution(-1));
        solutionDown.setOnAction(e -> moveSelectedSolution(1));
        sortByVotes.setOnAction(e -> vm.sortByVotes());
        solutionsList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                moveSelectedSolution(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected.get() != null) {
                vm.removeSolution(selected.get());
                e.consume();
            }
        });
        selected.addListener((o, a, b) -> buildVotes(b));
        vm.solutions().addListener((ListChangeListener<Solution>) c -> {
            Solution s = solutionsList.getSelectionModel().getSelectedItem();
            buildVotes(s);
        });
    }

    private void moveSelectedSolution(int delta) {
        Solution s = solutionsList.getSelectionModel().getSelectedItem();
        if (s == null) {
            return;
        }
        vm.moveSolution(s, delta);
        solutionsList.getSelectionModel().select(vm.solution(s.id()));
    }

    /** Spinners for the selected solution's dot votes, one per participant. */
    private void buildVotes(Solution s) {
        votesBox.getChildren().clear();
        if (s == null) {
            return;
        }
        Label heading = new Label(text.get("session.solution.votes") + ":");
        heading.getStyleClass().add("section-heading-small");
        votesBox.getChildren().add(heading);
        for (Participant p : vm.participants()) {
            Spinner<Integer> spinner = new Spinner<>(0, 20, s.votes().getOrDefault(p.id(), 0));
            spinner.setPrefWidth(70);
            spinner.setId("votes-" + p.id());
            String solutionId = s.id();
            spinner.valueProperty().addListener((o, a, b) -> vm.setVotes(vm.solution(solutionId), p, b));
            votesBox.getChildren().add(new VBox(2, new Label(p.name()), spinner));
        }
    }

    /** A solution: rank, text, votes, horizon and whether it is chosen. */
    private final class SolutionCell extends ListCell<Solution> {
        @Override
        protected void updateItem(Solution s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label rank = new Label((getIndex() + 1) + ".");
            rank.getStyleClass().add("solution-rank");
            Label body = new Label(s.text());
            body.setWrapText(true);
            body.setMaxWidth(Double.MAX_VALUE);
            body.getStyleClass().add("solution-text");
            HBox.setHgrow(body, Priority.ALWAYS);
            Label votes = new Label(text.get("session.solution.votes") + ": " + s.totalVotes());
            votes.getStyleClass().add("solution-votes");
            ChoiceBox<Horizon> horizon = new ChoiceBox<>();
            horizon.getItems().setAll(null, Horizon.SHORT, Horizon.LONG);
            horizon.setConverter(Converters.display(h -> h == null ? text.get("horizon.none") : text.get("horizon." + h.key())));
            horizon.setValue(s.horizon());
            horizon.valueProperty().addListener((o, a, b) -> vm.setHorizon(s, b));
            CheckBox chosen = new CheckBox(text.get("session.solution.chosen"));
            chosen.setSelected(s.chosen());
            chosen.selectedProperty().addListener((o, a, b) -> vm.setChosen(s, b));
            boolean prioritising = vm.currentProperty().get() == Phase.STEP_4;
            horizon.setVisible(prioritising);
            horizon.setManaged(prioritising);
            chosen.setVisible(prioritising);
            chosen.setManaged(prioritising);
            votes.setVisible(prioritising);
            votes.setManaged(prioritising);
            for (javafx.scene.layout.Region r : List.of(rank, votes, horizon, chosen)) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            HBox row = new HBox(8, rank, body, votes, horizon, chosen);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            row.maxWidthProperty().bind(solutionsList.widthProperty().subtract(30));
            setText(null);
            setGraphic(row);
        }
    }

    // ---- consequences (step 5) ------------------------------------------------------------

    /** One form per chosen solution; rebuilt only when the set of chosen solutions changes. */
    private void buildConsequences() {
        consequencesSection.getChildren().clear();
        if (vm.currentProperty().get() != Phase.STEP_5) {
            return;
        }
        if (vm.chosen().isEmpty()) {
            consequencesSection.getChildren().add(new Label(text.get("session.consequences.none")));
        }
        for (Solution s : vm.chosen()) {
            TextArea forWhom = area(s.consequences().forWhom(), "forWhom-" + s.id());
            TextArea risks = area(s.consequences().risks(), "risks-" + s.id());
            TextArea followUp = area(s.consequences().followUp(), "followUp-" + s.id());
            Runnable commit = () -> vm.setConsequences(s.id(),
                    new Consequences(forWhom.getText(), risks.getText(), followUp.getText()));
            for (TextArea a : List.of(forWhom, risks, followUp)) {
                a.textProperty().addListener((o, x, y) -> commit.run());
            }
            Label title = new Label(s.text());
            title.setWrapText(true);
            title.getStyleClass().add("section-heading");
            VBox form = new VBox(4, title,
                    new Label(text.get("session.consequences.forWhom")), forWhom,
                    new Label(text.get("session.consequences.risks")), risks,
                    new Label(text.get("session.consequences.followUp")), followUp);
            form.getStyleClass().add("consequence-form");
            consequencesSection.getChildren().add(form);
        }
    }

    private static TextArea area(String value, String id) {
        TextArea a = new TextArea(value);
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.setId(id);
        return a;
    }

    // ---- agreements -----------------------------------------------------------------------

    private void setUpAgreements() {
        agreementDue.setConverter(Converters.isoDate());
        agreementsTable.setItems(vm.agreements());
        whatColumn.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().what()));
        whatColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        whatColumn.setOnEditCommit(e -> vm.updateAgreement(new Agreement(e.getRowValue().id(), e.getNewValue(), e.getRowValue().who(), e.getRowValue().due())));
        whoColumn.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().who()));
        whoColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        whoColumn.setOnEditCommit(e -> vm.updateAgreement(new Agreement(e.getRowValue().id(), e.getRowValue().what(), e.getNewValue(), e.getRowValue().due())));
        dueColumn.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().due() == null ? "" : c.getValue().due().toString()));
        dueColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        dueColumn.setOnEditCommit(e -> {
            LocalDate due = parseDate(e.getNewValue(), e.getRowValue().due());
            vm.updateAgreement(new Agreement(e.getRowValue().id(), e.getRowValue().what(), e.getRowValue().who(), due));
        });
        Runnable add = () -> {
            vm.addAgreement(agreementWhat.getText(), agreementWho.getText(), agreementDue.getValue());
            agreementWhat.clear();
            agreementWho.clear();
            agreementDue.setValue(null);
            agreementWhat.requestFocus();
        };
        addAgreement.setOnAction(e -> add.run());
        agreementWhat.setOnAction(e -> add.run());
        agreementWho.setOnAction(e -> add.run());
        agreementsTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Agreement a = agreementsTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && a != null && agreementsTable.getEditingCell() == null) {
                vm.removeAgreement(a);
                e.consume();
            }
        });
    }

    private static LocalDate parseDate(String s, LocalDate fallback) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    // ---- files ----------------------------------------------------------------------------

    private void save(boolean askForFile) {
        java.nio.file.Path target = vm.fileProperty().get();
        if (askForFile || target == null) {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("session.fileType"), "*.json"));
            chooser.setInitialFileName(vm.session().id() + ".json");
            File chosen = chooser.showSaveDialog(root.getScene().getWindow());
            if (chosen == null) {
                return;
            }
            target = chosen.toPath();
        }
        vm.saveTo(target, e -> { });
    }
}
