package se.samtalsledaren.ui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.export.Exporter;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * The export dialog's state: the document, the chosen format and file, "open after export",
 * and the export itself, which renders and writes off the FX thread and reports its outcome
 * (the file written, or why it failed) in {@link #statusProperty()} and {@link #errorProperty()}.
 */
public final class ExportViewModel {
    private final ExportDocument document;
    private final List<ExportFormat> formats;
    private final Exporter exporter;
    private final Background background;
    private final Consumer<Path> opener;
    private final UiText text;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>();
    private final StringProperty file = new SimpleStringProperty("");
    private final BooleanProperty openAfter = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();

    /**
     * @param suggested the file offered first (its extension follows the format)
     * @param opener    opens a written file with the system's application for it
     */
    public ExportViewModel(ExportDocument document, List<ExportFormat> formats, Path suggested, Exporter exporter,
                           Background background, Consumer<Path> opener, UiText text) {
        this.document = document;
        this.formats = List.copyOf(formats);
        this.exporter = exporter;
        this.background = background;
        this.opener = opener;
        this.text = text;
        ExportFormat first = ExportFormat.ofFileName(suggested.getFileName().toString())
                .filter(this.formats::contains).orElse(this.formats.get(0));
        file.set(first.withExtension(suggested.toString()));
        format.set(first);
        format.addListener((o, a, f) -> {
            if (f != null && !file.get().isBlank()) {
                file.set(f.withExtension(file.get()));
            }
        });
    }

    public ExportDocument document() {
        return document;
    }

    public List<ExportFormat> formats() {
        return formats;
    }

    /** Renders and writes the document; does nothing while an export is running. */
    public void export() {
        if (busy.get()) {
            return;
        }
        error.set("");
        Path target;
        try {
            target = file.get().isBlank() ? null : Path.of(file.get().strip());
        } catch (InvalidPathException e) {
            target = null;
        }
        if (target == null || target.getFileName() == null) {
            error.set(text.get("export.noFile"));
            return;
        }
        ExportFormat f = format.get();
        Path destination = target;
        busy.set(true);
        status.set(text.get("export.working"));
        background.run(() -> {
            exporter.write(document, f, destination);
            return destination;
        }, path -> {
            busy.set(false);
            written.set(path);
            status.set(text.get("export.done", path));
            if (openAfter.get()) {
                try {
                    opener.accept(path);
                } catch (RuntimeException e) {
                    error.set(text.get("export.openFailed", describe(e)));
                }
            }
        }, e -> {
            busy.set(false);
            status.set("");
            error.set(text.get("export.failed", describe(e)));
        });
    }

    private static String describe(Throwable e) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public BooleanProperty openAfterProperty() {
        return openAfter;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last file written, or null. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
