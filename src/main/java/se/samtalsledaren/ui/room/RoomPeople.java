package se.samtalsledaren.ui.room;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.room.Room;
import se.samtalsledaren.room.RoomHost;
import se.samtalsledaren.room.SessionPort;
import se.samtalsledaren.ui.UiText;

/**
 * The people of the room panel: the joined phones (remove one), the names held after a removal
 * or tried from another phone (let one be taken again) and the walk-ins (take one off the list).
 */
public final class RoomPeople {
    /** A joined phone: whose it is and how it is doing. */
    public record DeviceRow(String id, String name, String state, boolean walkIn) {}

    /** A participant who joined from outside the list. */
    public record WalkInRow(String participantId, String name) {}

    /** A participant's name that waits for the facilitator: its phone was removed, or another phone tried it. */
    public record HeldRow(String participantId, String name, String state) {}

    private final RoomHost host;
    private final SessionPort session;
    private final UiText text;
    private final Executor fx;
    private final DateTimeFormatter time;
    private final Consumer<String> say;
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<WalkInRow> walkIns = FXCollections.observableArrayList();
    private final ObservableList<HeldRow> held = FXCollections.observableArrayList();
    private final StringProperty devicesHeading = new SimpleStringProperty();
    private final StringProperty walkInsHeading = new SimpleStringProperty();

    /**
     * @param fx  runs work on the FX thread
     * @param say shows a message in the panel
     */
    RoomPeople(RoomHost host, SessionPort session, UiText text, Executor fx, DateTimeFormatter time, Consumer<String> say) {
        this.host = host;
        this.session = session;
        this.text = text;
        this.fx = fx;
        this.time = time;
        this.say = say;
        session.addListener(() -> {
            java.util.List<Participant> now = session.snapshot().participants();
            if (now != shownParticipants) {
                shownParticipants = now;
                fx.execute(this::refresh);
            }
        });
    }

    public void removeDevice(DeviceRow row) {
        host.removeDevice(row.id());
    }

    /** Lets a held name be taken again by the next phone that picks it (see {@link RoomHost#releaseName}). */
    public void releaseName(HeldRow row) {
        host.releaseName(row.participantId());
        refresh();
    }

    /** Takes a walk-in off the list (see {@link RoomHost#removeWalkIn}); says so when they stay in the record. */
    public void removeWalkIn(WalkInRow row) {
        host.removeWalkIn(row.participantId()).whenComplete((removed, e) -> fx.execute(() -> {
            if (e == null && !removed) {
                say.accept(text.get("room.walkInKept", row.name()));
            }
            refresh();
        }));
    }

    /** The participant list the names were last read from (the session's lists are replaced, never changed). */
    private volatile java.util.List<Participant> shownParticipants;

    /** Re-reads the phones (a phone that stops asking counts as gone after a minute: the view calls this now and then). */
    public void refresh() {
        Session s = session.snapshot();
        List<DeviceRow> rows = new ArrayList<>();
        host.room().ifPresent(r -> {
            for (Room.Device d : r.devices()) {
                String name = s.participant(d.participantId()).map(Participant::name).orElse("–");
                String state = d.connected() ? text.get("room.device.connected") : text.get("room.device.away", time.format(d.lastSeen()));
                if (d.walkIn()) {
                    state += " · " + text.get("room.device.walkIn");
                }
                rows.add(new DeviceRow(d.id(), name, state, d.walkIn()));
            }
        });
        if (!rows.equals(devices)) {
            devices.setAll(rows);
        }
        List<WalkInRow> guests = new ArrayList<>();
        for (String id : host.walkIns()) {
            s.participant(id).ifPresent(p -> guests.add(new WalkInRow(p.id(), p.name())));
        }
        guests.sort(java.util.Comparator.comparing(WalkInRow::name));
        if (!guests.equals(walkIns)) {
            walkIns.setAll(guests);
        }
        List<HeldRow> waiting = new ArrayList<>();
        for (String id : host.claims().waiting()) {
            s.participant(id).ifPresent(p -> waiting.add(new HeldRow(id, p.name(),
                    text.get(host.claims().held(id) ? "room.held.removed" : "room.held.contested"))));
        }
        waiting.sort(java.util.Comparator.comparing(HeldRow::name));
        if (!waiting.equals(held)) {
            held.setAll(waiting);
        }
        devicesHeading.set(text.get("room.devices", devices.size()));
        walkInsHeading.set(text.get("room.walkInList", walkIns.size()));
    }

    public ObservableList<DeviceRow> devices() {
        return devices;
    }

    /** Names held after a removal or tried from another phone, each with "let the name be taken again". */
    public ObservableList<HeldRow> held() {
        return held;
    }

    public ObservableList<WalkInRow> walkIns() {
        return walkIns;
    }

    public StringProperty devicesHeadingProperty() {
        return devicesHeading;
    }

    public StringProperty walkInsHeadingProperty() {
        return walkInsHeading;
    }
}
