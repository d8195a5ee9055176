package se.samtalsledaren.ui.room;

import java.net.InetAddress;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.room.LanAddresses;
import se.samtalsledaren.room.QrCode;
import se.samtalsledaren.room.Room;
import se.samtalsledaren.room.RoomHost;
import se.samtalsledaren.room.RoomServer;
import se.samtalsledaren.room.SessionPort;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * The room panel of a session window: opening and closing the room, the address to show (a
 * choice when the computer is on several networks, the plain advice when it is on none), the QR
 * code and short address with the room code, the joined phones and the walk-ins (each can be
 * removed), and the facilitator's two settings. Opening and closing run in the background; the
 * room's own events arrive on any thread and are carried to the FX thread by {@code fx}.
 */
public final class RoomViewModel {
    /** An address offered in the choice. */
    public record AddressChoice(LanAddresses.Address address, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A joined phone: whose it is and how it is doing. */
    public record DeviceRow(String id, String name, String state, boolean walkIn) {}

    /** A participant who joined from outside the list. */
    public record WalkInRow(String participantId, String name) {}

    /** A participant's name that waits for the facilitator: its phone was removed, or another phone tried it. */
    public record HeldRow(String participantId, String name, String state) {}

    private final RoomHost host;
    private final SessionPort session;
    private final Supplier<List<LanAddresses.Address>> findAddresses;
    private final IntSupplier preferredPort;
    private final UiText text;
    private final Background background;
    private final Executor fx;
    private final DateTimeFormatter time;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<AddressChoice> addresses = FXCollections.observableArrayList();
    private final ObjectProperty<AddressChoice> address = new SimpleObjectProperty<>();
    private final StringProperty joinUrl = new SimpleStringProperty("");
    private final StringProperty shortUrl = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<QrCode> qr = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty walkInsAllowed = new SimpleBooleanProperty();
    private final BooleanProperty showOwnAirtime = new SimpleBooleanProperty();
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<WalkInRow> walkIns = FXCollections.observableArrayList();
    private final ObservableList<HeldRow> held = FXCollections.observableArrayList();
    private final BooleanBinding noAddress;
    private final StringProperty toggleText = new SimpleStringProperty();
    private final StringProperty devicesHeading = new SimpleStringProperty();
    private final StringProperty walkInsHeading = new SimpleStringProperty();

    /**
     * @param findAddresses   this computer's LAN addresses (asked again whenever the room opens)
     * @param preferredPort   the port from the preferences (0: a free one)
     * @param fx              runs work on the FX thread ({@code Platform::runLater})
     */
    public RoomViewModel(RoomHost host, SessionPort session, Supplier<List<LanAddresses.Address>> findAddresses,
                         IntSupplier preferredPort, UiText text, Background background, Executor fx, ZoneId zone) {
        this.host = Objects.requireNonNull(host);
        this.session = Objects.requireNonNull(session);
        this.findAddresses = findAddresses;
        this.preferredPort = preferredPort;
        this.text = text;
        this.background = background;
        this.fx = fx;
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        noAddress = Bindings.isEmpty(addresses);
        walkInsAllowed.set(host.walkInsAllowed());
        showOwnAirtime.set(host.showOwnAirtime());
        walkInsAllowed.addListener((o, a, b) -> host.setWalkInsAllowed(b));
        showOwnAirtime.addListener((o, a, b) -> host.setShowOwnAirtime(b));
        address.addListener((o, a, b) -> refreshAddress());
        host.addListener(() -> fx.execute(this::refresh));
        session.addListener(() -> {
            java.util.List<Participant> now = session.snapshot().participants();
            if (now != shownParticipants) {
                shownParticipants = now;
                fx.execute(this::refreshNames);
            }
        });
        findAddresses();
        refresh();
    }

    /** Looks for the computer's LAN addresses again, keeping the chosen one when it is still there. */
    public void findAddresses() {
        AddressChoice before = address.get();
        List<AddressChoice> found = new ArrayList<>();
        for (LanAddresses.Address a : findAddresses.get()) {
            found.add(new AddressChoice(a, text.get("room.addressChoice", text.get("room.kind." + a.kind().name()),
                    a.interfaceName(), a.host())));
        }
        addresses.setAll(found);
        address.set(found.stream().filter(c -> before != null && c.address().equals(before.address())).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0)));
    }

    /** Opens the room, or closes it when it is open. */
    public void toggle() {
        if (busy.get()) {
            return;
        }
        if (open.get()) {
            close();
            return;
        }
        findAddresses();
        if (addresses.isEmpty()) {
            return;
        }
        List<InetAddress> listen = addresses.stream().map(c -> c.address().address()).toList();
        int port = host.port() != 0 ? host.port() : preferredPort.getAsInt();
        busy.set(true);
        message.set(text.get("room.opening"));
        background.run(() -> {
            host.open(listen, port);
            return null;
        }, x -> {
            busy.set(false);
            message.set("");
            refresh();
        }, e -> {
            busy.set(false);
            message.set(e instanceof RoomServer.StartFailed f && port != 0
                    ? text.get("room.portTaken", f.port()) : text.get("room.startFailed", String.valueOf(e.getMessage())));
            refresh();
        });
    }

    /** Closes the room (the window closes, the app quits, or the facilitator chose to). */
    public void close() {
        // Typing still waiting for its batch goes into the session first (this is the FX thread,
        // the session's): the window's last autosave, which follows, writes it.
        host.flushTyping();
        busy.set(true);
        background.run(() -> {
            host.close();
            return null;
        }, x -> {
            busy.set(false);
            refresh();
        }, e -> {
            busy.set(false);
            refresh();
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
                message.set(text.get("room.walkInKept", row.name()));
            }
            refresh();
        }));
    }

    private void refresh() {
        // The address first: whoever hears "open" reads it.
        refreshAddress();
        refreshNames();
        toggleText.set(text.get(host.isOpen() ? "room.close" : "room.open"));
        open.set(host.isOpen());
    }

    private void refreshAddress() {
        AddressChoice a = address.get();
        String join = a == null ? "" : host.joinUrl(a.address().address()).orElse("");
        joinUrl.set(join);
        shortUrl.set(a == null ? "" : host.shortUrl(a.address().address()).orElse(""));
        code.set(host.room().map(Room::code).map(c -> text.get("room.code", c)).orElse(""));
        QrCode now = qr.get();
        if (join.isEmpty()) {
            qr.set(null);
        } else if (now == null || !join.equals(qrFor)) {
            qrFor = join;
            qr.set(QrCode.of(join));
        }
    }

    private String qrFor = "";
    /** The participant list the names were last read from (the session's lists are replaced, never changed). */
    private volatile java.util.List<Participant> shownParticipants;

    /** Re-reads the phones (a phone that stops asking counts as gone after a minute: the view calls this now and then). */
    public void refreshDevices() {
        refreshNames();
    }

    private void refreshNames() {
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

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<AddressChoice> addresses() {
        return addresses;
    }

    public ObjectProperty<AddressChoice> addressProperty() {
        return address;
    }

    /** Whether the computer has no LAN address (then the panel says what to do). */
    public BooleanBinding noAddressProperty() {
        return noAddress;
    }

    public StringProperty joinUrlProperty() {
        return joinUrl;
    }

    public StringProperty shortUrlProperty() {
        return shortUrl;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<QrCode> qrProperty() {
        return qr;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty toggleTextProperty() {
        return toggleText;
    }

    public BooleanProperty walkInsAllowedProperty() {
        return walkInsAllowed;
    }

    public BooleanProperty showOwnAirtimeProperty() {
        return showOwnAirtime;
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
