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
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.Autosave;
import se.samtalsledaren.store.FileChangedException;
import se.samtalsledaren.store.SessionLockedException;
import se.samtalsledaren.ui.UiText;

/**
 * What the session window shows about automatic saving: when it last saved; when saving fails, a
 * visible problem with a retry and another place to save; and when another program has changed
 * the session's file, the choice between the two versions ({@link #keepMine()},
 * {@link #openOther()}, {@link #saveAs(Path)}). Hears the {@link Autosave} on its thread and hands
 * every update to the UI thread through {@code ui}.
 */
public final class AutosaveViewModel implements Autosave.Listener {
    /** What the session window does for the banner's choices. */
    public record Choices(Consumer<Path> saveAs, Consumer<Path> open, Runnable leftFile) {
        /** No session window (tests of the banner alone). */
        public static final Choices NONE = new Choices(p -> { }, p -> { }, () -> { });
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final UiText text;
    private final Executor ui;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSaved = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Session> savedToFile = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FileChangedException> conflict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper conflictMessage = new ReadOnlyStringWrapper("");
    private final BooleanBinding failing = Bindings.isNotEmpty(problem).and(Bindings.isNull(conflict));
    private final BooleanBinding conflicting = Bindings.isNotNull(conflict);
    private final BooleanBinding showing = failing.or(conflicting);
    private final javafx.beans.binding.StringBinding message = Bindings.when(conflicting).then(conflictMessage).otherwise(problem);
    private Autosave autosave;
    private Choices choices = Choices.NONE;
    /** The file the last failed or refused save was meant for. */
    private volatile Path target;

    public AutosaveViewModel(UiText text, Executor ui, ZoneId zone) {
        this.text = text;
        this.ui = ui;
        this.zone = zone;
    }

    public void attach(Autosave a) {
        this.autosave = a;
    }

    /** What the banner's choices do in the session window. */
    public void setChoices(Choices c) {
        this.choices = java.util.Objects.requireNonNull(c);
    }

    /** "Behåll min": this window's version goes over the other one, which stays among the backups. */
    public void keepMine() {
        if (autosave != null && conflict.get() != null) {
            autosave.keepMine();
        }
    }

    /**
     * "Öppna den andra": the other version opens in a window of its own; this window keeps its
     * version without a file (saved in the recovery area, to be saved elsewhere or dropped).
     */
    public void openOther() {
        FileChangedException c = conflict.get();
        if (autosave == null || c == null) {
            return;
        }
        conflict.set(null);
        problem.set("");
        autosave.leaveFile(() -> ui.execute(() -> {
            choices.leftFile().run();
            choices.open().accept(c.file());
        }));
    }

    /** "Spara min som …" (or, when saving fails, "Spara någon annanstans …"): the session goes to {@code target}. */
    public void saveAs(Path target) {
        choices.saveAs().accept(java.util.Objects.requireNonNull(target));
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
            if (file != null) {
                conflict.set(null);
            }
            lastSaved.set(file == null ? text.get("autosave.savedCopy", time)
                    : text.get("autosave.saved", file.getFileName(), time));
            if (file != null) {
                savedToFile.set(snapshot);
            }
        });
    }

    @Override
    public void failed(Session snapshot, Path target, IOException error) {
        this.target = target;
        String message = text.get("autosave.failed", target, reason(error));
        ui.execute(() -> problem.set(message));
    }

    @Override
    public void changedElsewhere(Session snapshot, FileChangedException change) {
        this.target = change.file();
        String copy = change.otherCopy() == null ? "" : change.otherCopy().toString();
        String message = text.get(copy.isEmpty() ? "autosave.conflictNoCopy" : "autosave.conflict",
                change.file().getFileName(), copy);
        ui.execute(() -> {
            conflictMessage.set(message);
            conflict.set(change);
        });
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

    /** Saving fails (and no conflict is shown): "Försök igen" and another place to save. */
    public BooleanBinding failing() {
        return failing;
    }

    /** Another program changed the file: the three choices. */
    public BooleanBinding conflicting() {
        return conflicting;
    }

    /** Whether the banner shows at all. */
    public BooleanBinding showing() {
        return showing;
    }

    /** The banner's text: the conflict, or else the save problem. */
    public javafx.beans.binding.StringBinding message() {
        return message;
    }

    /** The conflict shown, or null. */
    public ReadOnlyObjectProperty<FileChangedException> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** The name "Spara min som …" proposes: the session file's. */
    public String suggestedName() {
        Path f = target;
        return f == null || f.getFileName() == null ? "" : f.getFileName().toString();
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
