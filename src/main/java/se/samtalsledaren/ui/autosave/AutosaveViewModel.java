package se.samtalsledaren.ui.autosave;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.Autosave;
import se.samtalsledaren.store.SessionLockedException;
import se.samtalsledaren.ui.UiText;

/**
 * What the session window shows about automatic saving: when it last saved, and when saving
 * fails, a visible problem with a retry. Hears the {@link Autosave} on its thread and hands every
 * update to the UI thread through {@code ui}.
 */
public final class AutosaveViewModel implements Autosave.Listener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final UiText text;
    private final Executor ui;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSaved = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Session> savedToFile = new SimpleObjectProperty<>();
    private final BooleanBinding failing = Bindings.isNotEmpty(problem);
    private Autosave autosave;

    public AutosaveViewModel(UiText text, Executor ui, ZoneId zone) {
        this.text = text;
        this.ui = ui;
        this.zone = zone;
    }

    public void attach(Autosave a) {
        this.autosave = a;
    }

    /** "Försök igen": writes the unsaved state now. */
    public void retry() {
        if (autosave != null) {
            autosave.retry();
        }
    }

    @Override
    public void saved(Session snapshot, Path file, Instant at) {
        String time = TIME.format(at.atZone(zone));
        ui.execute(() -> {
            problem.set("");
            lastSaved.set(file == null ? text.get("autosave.savedCopy", time)
                    : text.get("autosave.saved", file.getFileName(), time));
            if (file != null) {
                savedToFile.set(snapshot);
            }
        });
    }

    @Override
    public void failed(Session snapshot, Path target, IOException error) {
        String message = text.get("autosave.failed", target, reason(error));
        ui.execute(() -> problem.set(message));
    }

    /** A person's explanation of why a write failed. */
    String reason(IOException e) {
        if (e instanceof SessionLockedException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return text.get("autosave.reason.denied");
        }
        if (e instanceof NoSuchFileException) {
            return text.get("autosave.reason.missing");
        }
        if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            return text.get("autosave.reason.notFolder");
        }
        String detail = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("disk full") || lower.contains("not enough space")
                || lower.contains("quota")) {
            return text.get("autosave.reason.full");
        }
        if (lower.contains("read-only")) {
            return text.get("autosave.reason.readOnly");
        }
        if (lower.contains("not a directory")) {
            return text.get("autosave.reason.notFolder");
        }
        return detail;
    }

    /** Empty while saving works; otherwise what failed and why. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding failing() {
        return failing;
    }

    /** "Sparad automatiskt …" after each successful write. */
    public ReadOnlyStringProperty lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    /** The last snapshot written to the session's own file. */
    public ObjectProperty<Session> savedToFileProperty() {
        return savedToFile;
    }
}
