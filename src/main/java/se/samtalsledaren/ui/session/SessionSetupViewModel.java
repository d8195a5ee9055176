package se.samtalsledaren.ui.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.ui.concurrent.Background;

/** State of the session set-up: what, who, and the time plan, with its derived warnings. */
public final class SessionSetupViewModel {
    public static final int DEFAULT_TOTAL = 90;

    private final CaseRef caseRef;
    private final ParticipantLists lists;
    private final Background background;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty facilitator = new SimpleStringProperty("");
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList(
            r -> new Observable[] {r.nameProperty(), r.roleProperty(), r.organisationProperty()});
    private final IntegerProperty total = new SimpleIntegerProperty(DEFAULT_TOTAL);
    private final int slotSeconds;
    private final Map<Phase, IntegerProperty> minutes = new EnumMap<>(Phase.class);
    private final IntegerBinding sum;
    /** The case's teaching notes; their suggested minutes can replace the plan. */
    private final ObjectProperty<TeachingNotes> teachingNotes = new SimpleObjectProperty<>(TeachingNotes.NONE);
    private int nextParticipant = 1;

    public SessionSetupViewModel(CaseRef caseRef, LocalDate today, ParticipantLists lists, Background background) {
        this(caseRef, today, lists, background, TimePlan.defaultFor(DEFAULT_TOTAL), Floor.DEFAULT_SLOT_SECONDS);
    }

    /**
     * @param plan        the plan the form starts with (the user's default)
     * @param slotSeconds the speaking slot the new session starts with
     */
    public SessionSetupViewModel(CaseRef caseRef, LocalDate today, ParticipantLists lists, Background background,
                                 TimePlan plan, int slotSeconds) {
        this.caseRef = caseRef;
        this.slotSeconds = slotSeconds;
        this.lists = lists;
        this.background = background;
        date.set(today);
        title.set("Case " + caseRef.number() + ": " + caseRef.title());
        for (Phase p : Phase.values()) {
            minutes.put(p, new SimpleIntegerProperty());
        }
        total.set(plan.totalMinutes());
        minutes.forEach((p, m) -> m.set(plan.plannedMinutes(p)));
        IntegerProperty[] all = minutes.values().toArray(IntegerProperty[]::new);
        sum = Bindings.createIntegerBinding(() -> minutes.values().stream().mapToInt(IntegerProperty::get).sum(), all);
    }

    /** Sets every phase to the default plan for the current total. */
    public void applyDefaults() {
        TimePlan plan = TimePlan.defaultFor(Math.max(1, total.get()));
        minutes.forEach((p, m) -> m.set(plan.plannedMinutes(p)));
    }

    /**
     * Takes over the teaching notes' suggested minutes: phases with a suggestion get it, the
     * others keep theirs; with all seven suggested, the total becomes their sum.
     */
    public void applyTeachingNotes() {
        TimePlan plan = teachingNotes.get().applyTo(plan());
        total.set(plan.totalMinutes());
        minutes.forEach((p, m) -> m.set(plan.plannedMinutes(p)));
    }

    public BooleanBinding hasSuggestedMinutes() {
        return Bindings.createBooleanBinding(() -> !teachingNotes.get().suggestedMinutes().isEmpty(), teachingNotes);
    }

    public ObjectProperty<TeachingNotes> teachingNotesProperty() {
        return teachingNotes;
    }

    public ParticipantRow addParticipant(String name) {
        ParticipantRow row = new ParticipantRow(freshParticipantId());
        row.nameProperty().set(name);
        participants.add(row);
        return row;
    }

    private String freshParticipantId() {
        String id;
        do {
            id = "p" + nextParticipant++;
        } while (containsId(id));
        return id;
    }

    private boolean containsId(String id) {
        return participants.stream().anyMatch(r -> r.id().equals(id));
    }

    public void remove(ParticipantRow row) {
        participants.remove(row);
    }

    public void move(ParticipantRow row, int delta) {
        int i = participants.indexOf(row);
        int j = Math.max(0, Math.min(participants.size() - 1, i + delta));
        if (i >= 0 && i != j) {
            participants.remove(i);
            participants.add(j, row);
        }
    }

    public void saveParticipants(Path file, Consumer<Throwable> onError) {
        List<Participant> list = currentParticipants();
        background.run(() -> {
            lists.save(file, list);
            return file;
        }, f -> { }, onError);
    }

    public void loadParticipants(Path file, Consumer<Throwable> onError) {
        background.run(() -> lists.open(file), loaded -> {
            participants.setAll(loaded.stream().map(ParticipantRow::of).toList());
        }, onError);
    }

    private List<Participant> currentParticipants() {
        return participants.stream().filter(r -> !r.nameProperty().get().isBlank()).map(ParticipantRow::toParticipant).toList();
    }

    public TimePlan plan() {
        Map<Phase, Integer> m = new EnumMap<>(Phase.class);
        minutes.forEach((p, v) -> m.put(p, Math.max(0, v.get())));
        return new TimePlan(Math.max(1, total.get()), m);
    }

    public BooleanBinding step5Shortchanged() {
        return Bindings.createBooleanBinding(() -> plan().consequencesShortchanged(), sum);
    }

    public BooleanBinding valid() {
        return Bindings.createBooleanBinding(() -> !currentParticipants().isEmpty() && total.get() > 0, participants, total);
    }

    /** The new session; participants without a name are left out. */
    public Session toSession() {
        String id = "s-" + date.get() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return Session.start(id, caseRef, new SessionInfo(title.get().strip(), date.get(), place.get().strip(),
                facilitator.get().strip()), currentParticipants(), plan())
                .withFloor(Floor.EMPTY.withSlotSeconds(slotSeconds, Map.of()));
    }

    public CaseRef caseRef() {
        return caseRef;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty facilitatorProperty() {
        return facilitator;
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public IntegerProperty minutesProperty(Phase p) {
        return minutes.get(p);
    }

    public IntegerBinding sum() {
        return sum;
    }
}
