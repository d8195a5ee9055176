package se.samtalsledaren.ui.recovery;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.json.Printable;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * The sessions left behind by a crash, and what the facilitator does with each: restore it in a
 * session window, save it as a file, discard it, or decide later (it is offered again).
 */
public final class RecoveryViewModel {
    /** One recoverable session as the dialog shows it. */
    public record Item(Recovery.Candidate candidate, String heading, String title, String details, String savedAt,
                       String file, String problem) {
        /** Every text comes from a session file or its name: a control character is shown, not obeyed. */
        public Item {
            heading = Printable.escape(heading);
            title = Printable.escape(title);
            details = Printable.escape(details);
            file = Printable.escape(file);
            problem = Printable.escape(problem);
        }

        public boolean readable() {
            return candidate.readable();
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final UiText text;
    private final ZoneId zone;
    private final Background background;
    private final Recovery recovery;
    private final SessionStore store;
    private final BiConsumer<Recovery.Candidate, Recovery.Slot> restorer;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding done = Bindings.isEmpty(items);

    /**
     * @param restorer opens a restored session in a session window, with the slot taken over
     */
    public RecoveryViewModel(List<Recovery.Candidate> candidates, UiText text, ZoneId zone, Background background,
                             Recovery recovery, SessionStore store, BiConsumer<Recovery.Candidate, Recovery.Slot> restorer) {
        this.text = text;
        this.zone = zone;
        this.background = background;
        this.recovery = recovery;
        this.store = store;
        this.restorer = restorer;
        candidates.forEach(c -> items.add(item(c)));
        if (!items.isEmpty()) {
            selected.set(items.get(0));
        }
    }

    private Item item(Recovery.Candidate c) {
        String savedAt = text.get("recovery.savedAt", TIME.format(c.savedAt().atZone(zone)));
        String file = c.origin() == null ? text.get("recovery.noFile") : text.get("recovery.file", c.origin());
        if (!c.readable()) {
            String problem = c.problems().stream().map(FileProblem::toString).findFirst().orElse("");
            return new Item(c, text.get("recovery.unreadable"), c.source().getFileName().toString(), "", savedAt, file, problem);
        }
        Session s = c.session();
        int notes = 0;
        for (Phase p : Phase.values()) {
            notes += s.notesFor(p).size();
        }
        String heading = "Case " + s.caseRef().number() + ": " + s.caseRef().title();
        String title = s.info().title().isBlank() ? text.get("recovery.untitled") : s.info().title();
        String details = text.get("recovery.details", s.participants().size(), notes, s.solutions().size(),
                s.agreements().size(), text.get("phase." + s.current().key()));
        return new Item(c, heading, title, details, savedAt, file, "");
    }

    /** Opens the selected session in a window that keeps saving it. */
    public void restore() {
        Item item = selected.get();
        if (item == null || !item.readable()) {
            return;
        }
        background.run(() -> recovery.adopt(item.candidate()), slot -> {
            remove(item);
            restorer.accept(item.candidate(), slot);
        }, e -> message.set(text.get("recovery.failed", e.getMessage())));
    }

    /** Writes the selected session to {@code target}; the recovery copy then goes. */
    public void saveAs(Path target) {
        Item item = selected.get();
        if (item == null || !item.readable() || target == null) {
            return;
        }
        background.run(() -> {
            store.save(target, item.candidate().session());
            recovery.discard(item.candidate());
            return target;
        }, saved -> {
            remove(item);
            message.set(text.get("recovery.savedAs", saved));
        }, e -> message.set(text.get("recovery.failed", e.getMessage())));
    }

    /** What discarding the selected entry removes, for the confirmation. */
    public String discardQuestion() {
        Item item = selected.get();
        if (item == null) {
            return "";
        }
        Recovery.Candidate c = item.candidate();
        return c.fromCopy() ? text.get("recovery.discard.copy") : text.get("recovery.discard.fileStays", c.origin());
    }

    /** Drops the selected entry from the recovery area (never a session file of the user's). */
    public void discard() {
        Item item = selected.get();
        if (item == null) {
            return;
        }
        background.run(() -> {
            recovery.discard(item.candidate());
            return null;
        }, x -> remove(item), e -> message.set(text.get("recovery.failed", e.getMessage())));
    }

    private void remove(Item item) {
        items.remove(item);
        selected.set(items.isEmpty() ? null : items.get(0));
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ObjectProperty<Item> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True once every entry is dealt with. */
    public BooleanBinding done() {
        return done;
    }
}
