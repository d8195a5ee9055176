package se.samtalsledaren.ui.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.session.ParticipantLines;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * State of the session set-up: what, who, and the time plan, with its derived warnings and what
 * keeps the session from starting. Names are entered as "Namn" or "Namn, roll", one or a pasted
 * list of lines ({@link ParticipantLines}); a name without a role gets the role chosen for new names.
 */
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
    private final int slotSeconds;
    private final SetupPlanViewModel plan;
    /** The role a name entered without one gets. */
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.FORTROENDEVALD);
    /** What happened to the last names entered: empty, what was added, or what was wrong. */
    private final StringProperty entryMessage = new SimpleStringProperty("");
    private final BooleanProperty entryProblem = new SimpleBooleanProperty();
    private final UiText text;
    private final StringBinding startProblem;
    private int nextParticipant = 1;

    public SessionSetupViewModel(CaseRef caseRef, LocalDate today, ParticipantLists lists, Background background,
                                 UiText text) {
        this(caseRef, today, lists, background, TimePlan.defaultFor(DEFAULT_TOTAL), Floor.DEFAULT_SLOT_SECONDS, text);
    }

    /**
     * @param plan        the plan the form starts with (the user's default)
     * @param slotSeconds the speaking slot the new session starts with
     */
    public SessionSetupViewModel(CaseRef caseRef, LocalDate today, ParticipantLists lists, Background background,
                                 TimePlan plan, int slotSeconds, UiText text) {
        this.caseRef = caseRef;
        this.text = text;
        this.slotSeconds = slotSeconds;
        this.lists = lists;
        this.background = background;
        date.set(today);
        title.set("Case " + caseRef.number() + ": " + caseRef.title());
        this.plan = new SetupPlanViewModel(plan, text);
        startProblem = Bindings.createStringBinding(() -> currentParticipants().isEmpty()
                ? text.get("session.setup.noParticipants") : this.plan.problem().get(), participants, this.plan.problem());
    }

    /** The time plan being set up. */
    public SetupPlanViewModel timePlan() {
        return plan;
    }

    /**
     * Adds the participants in {@code typed}: "Namn", "Namn, roll", "Namn, roll, organisation",
     * or several such lines pasted at once. A name without a role gets {@link #newRoleProperty()}.
     * Blank input adds nobody and says what to do. Returns the rows added.
     */
    public List<ParticipantRow> enter(String typed) {
        ParticipantLines.Result read = ParticipantLines.parse(typed);
        if (read.lines().isEmpty() && read.issues().isEmpty()) {
            entryMessage.set(text.get("session.setup.nameMissing"));
            entryProblem.set(true);
            return List.of();
        }
        List<ParticipantRow> added = new ArrayList<>();
        for (ParticipantLines.Line line : read.lines()) {
            ParticipantRow row = addParticipant(line.name());
            row.roleProperty().set(line.role().orElse(newRole.get()));
            row.organisationProperty().set(line.organisation());
            added.add(row);
        }
        List<String> said = new ArrayList<>();
        if (read.lines().size() > 1 || !read.issues().isEmpty()) {
            said.add(text.get("session.setup.added", added.size()));
        }
        for (ParticipantLines.Issue issue : read.issues()) {
            said.add(issue.problem() == ParticipantLines.Problem.NO_NAME ? text.get("session.setup.noName", issue.line())
                    : text.get("session.setup.unknownRole", issue.line(), issue.text(),
                            text.get("role." + newRole.get().key()).toLowerCase(text.locale())));
        }
        entryMessage.set(String.join(" ", said));
        entryProblem.set(!read.issues().isEmpty());
        return added;
    }

    /** The next role after the row's: förtroendevald, tjänsteperson, annan, and round again (one click). */
    public void cycleRole(ParticipantRow row) {
        Role[] roles = Role.values();
        row.roleProperty().set(roles[(row.roleProperty().get().ordinal() + 1) % roles.length]);
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

    /** True when the session can start: someone takes part and the plan can be run. */
    public BooleanBinding valid() {
        return Bindings.createBooleanBinding(() -> startProblem.get().isEmpty(), startProblem);
    }

    /** Why the session cannot start yet ("" when it can). */
    public StringBinding startProblem() {
        return startProblem;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty entryMessageProperty() {
        return entryMessage;
    }

    /** Whether the entry message tells of a problem (rather than what was added). */
    public BooleanProperty entryProblemProperty() {
        return entryProblem;
    }

    /** The new session; participants without a name are left out. */
    public Session toSession() {
        String id = "s-" + date.get() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return Session.start(id, caseRef, new SessionInfo(title.get().strip(), date.get(), place.get().strip(),
                facilitator.get().strip()), currentParticipants(), plan.plan())
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
}
