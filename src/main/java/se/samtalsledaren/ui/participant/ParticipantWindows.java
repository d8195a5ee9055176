package se.samtalsledaren.ui.participant;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.WindowSizes;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.reader.CaseReaderController;
import se.samtalsledaren.ui.reader.CaseReaderViewModel;

/** Opens participant-mode windows: one person preparing a case alone. */
public final class ParticipantWindows {
    private final UiText text;
    private final Background background;
    private final Clock clock;
    private final PreparationFormat format;
    private final ParticipantViewModel.CaseFiles caseFiles;
    private final Supplier<List<LibraryEntry>> library;
    private final String stylesheet;
    private final java.util.function.DoubleSupplier zoom;
    private final WindowSizes sizes;

    /**
     * @param library the cases a participant can choose among (read when a window opens)
     * @param zoom    the reader's text size when a window opens
     * @param sizes   the window's size, remembered
     */
    public ParticipantWindows(UiText text, Background background, Clock clock, PreparationFormat format,
                              ParticipantViewModel.CaseFiles caseFiles, Supplier<List<LibraryEntry>> library,
                              String stylesheet, java.util.function.DoubleSupplier zoom,
                              WindowSizes sizes) {
        this.text = text;
        this.background = background;
        this.clock = clock;
        this.format = format;
        this.caseFiles = caseFiles;
        this.library = library;
        this.stylesheet = stylesheet;
        this.zoom = zoom;
        this.sizes = sizes;
    }

    /** A window preparing {@code initial} (or, when null, asking for a case first). */
    public Stage open(Case initial) {
        ParticipantViewModel vm = newModel();
        if (initial != null) {
            Optional<LibraryEntry> e = vm.cases().stream().filter(x -> x.value().id().equals(initial.id())).findFirst();
            vm.start(e.orElseGet(() -> new LibraryEntry(initial, "", initial.id(), true)));
        }
        return show(vm);
    }

    /** A window going on with a saved preparation file. */
    public Stage openFile(Path preparation) {
        ParticipantViewModel vm = newModel();
        Stage stage = show(vm);
        vm.open(preparation);
        return stage;
    }

    private ParticipantViewModel newModel() {
        return new ParticipantViewModel(library.get(), clock, format, caseFiles, background, text,
                () -> UUID.randomUUID().toString().substring(0, 8));
    }

    private Stage show(ParticipantViewModel vm) {
        // The reader of participant mode: no related-case links (they would change the case) and no session button.
        CaseReaderViewModel reader = CaseReaderViewModel.participant();
        reader.entryProperty().bind(vm.entryProperty());
        reader.setZoom(zoom.getAsDouble());
        Parent root = new ViewLoader(text.bundle(), Map.of(
                ParticipantController.class, () -> new ParticipantController(vm, text),
                CaseReaderController.class, () -> new CaseReaderController(reader, text))).load("participant/ParticipantView.fxml");
        Stage stage = new Stage();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.entryProperty().get() == null
                ? text.get("participant.title") : text.get("participant.titleWithCase", vm.entryProperty().get().value().label()),
                vm.entryProperty()));
        stage.getProperties().put(ParticipantViewModel.class, vm);
        sizes.show(stage, WindowSizes.PARTICIPANT);
        return stage;
    }
}
