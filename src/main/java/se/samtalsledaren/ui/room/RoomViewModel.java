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

    private final RoomHost host;
    private final SessionPort session;
    private final Supplier<List<LanAddresses.Address>> findAddresses;
    private final IntSupplier preferredPort;
    private final UiText text;
    private final Background background;
    private final Executor fx;
    private final RoomPeople people;
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
    private final BooleanBinding noAddress;
    private final StringProperty toggleText = new SimpleStringProperty();

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
        this.people = new RoomPeople(host, session, text, fx, DateTimeFormatter.ofPattern("HH:mm").withZone(zone), message::set);
        noAddress = Bindings.isEmpty(addresses);
        walkInsAllowed.set(host.walkInsAllowed());
        showOwnAirtime.set(host.showOwnAirtime());
        walkInsAllowed.addListener((o, a, b) -> host.setWalkInsAllowed(b));
        showOwnAirtime.addListener((o, a, b) -> host.setShowOwnAirtime(b));
        address.addListener((o, a, b) -> refreshAddress());
        host.addListener(() -> fx.execute(this::refresh));
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

    private void refresh() {
        // The address first: whoever hears "open" reads it.
        refreshAddress();
        people.refresh();
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

    /** The phones, held names and walk-ins of the room, each with what the facilitator can do. */
    public RoomPeople people() {
        return people;
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

}
