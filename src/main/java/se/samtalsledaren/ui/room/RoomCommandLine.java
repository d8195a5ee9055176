package se.samtalsledaren.ui.room;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import se.samtalsledaren.room.LanAddresses;
import se.samtalsledaren.ui.session.SessionWindows;

/**
 * {@code samtalsledaren SESSION.json --room [--room-address ADDRESS]}: the session opens with its
 * room, and one line {@code room: URL} (the join address) goes to standard output once the room
 * listens, for scripted set-ups and tests. {@code --room-address} names the one address of this
 * computer to listen on instead of its LAN addresses.
 */
public final class RoomCommandLine {
    public static final String ROOM = "--room";
    public static final String ADDRESS = "--room-address";

    private RoomCommandLine() {}

    /** Whether the command line asks for the room. */
    public static boolean wanted(List<String> raw) {
        return raw.contains(ROOM);
    }

    /** The address named with {@code --room-address ADDRESS} or {@code --room-address=ADDRESS}, if any. */
    static Optional<String> address(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.equals(ADDRESS) && i + 1 < raw.size()) {
                return Optional.of(raw.get(i + 1));
            }
            if (a.startsWith(ADDRESS + "=")) {
                return Optional.of(a.substring(ADDRESS.length() + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the rooms of this run listen: the address named on the command line when it is one of
     * this computer's (otherwise a line on {@code err}, and the LAN addresses), else the LAN addresses.
     */
    public static SessionWindows.Rooms rooms(List<String> raw, PrintStream err) {
        Optional<String> named = address(raw);
        if (named.isEmpty()) {
            if (wanted(raw) && !SAID_NO_ADDRESS.getAndSet(true) && LanAddresses.find().isEmpty()) {
                // At once, before any window: a script waiting for "room: URL" learns why it will not come.
                err.println(noLanAddress(LanAddresses.interfaces()));
                err.flush();
            }
            return SessionWindows.Rooms.onThisComputer();
        }
        try {
            InetAddress a = InetAddress.getByName(named.get());
            if (!a.isAnyLocalAddress() && NetworkInterface.getByInetAddress(a) != null) {
                LanAddresses.Address only = new LanAddresses.Address(a, ADDRESS, LanAddresses.Kind.OTHER);
                return new SessionWindows.Rooms(() -> List.of(only), javafx.application.Platform::runLater);
            }
        } catch (UnknownHostException | SocketException e) {
            // said below
        }
        err.println("room: " + named.get() + " is not an address of this computer; listening on its LAN addresses");
        return SessionWindows.Rooms.onThisComputer();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean SAID_NO_ADDRESS = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Why {@code --room} finds no address: the addresses this computer has that are not on a
     * local network (a public or documentation range), each with how to listen on it anyway.
     */
    static String noLanAddress(List<LanAddresses.Interface> interfaces) {
        List<String> others = new java.util.ArrayList<>();
        for (LanAddresses.Interface i : interfaces) {
            if (!i.up() || i.loopback()) {
                continue;
            }
            for (InetAddress a : i.addresses()) {
                if (a instanceof java.net.Inet4Address && !a.isLinkLocalAddress()) {
                    others.add(a.getHostAddress() + " (" + i.name() + ")");
                }
            }
        }
        String found = others.isEmpty() ? "it has no network address besides this computer's own (loopback)"
                : "its addresses " + String.join(", ", others) + " are not in a local network's private range";
        return "room: no LAN address for the room: " + found + ". Connect it to the participants' network or a phone's hotspot"
                + (others.isEmpty() ? "" : ", or listen on one anyway with " + ADDRESS + " " + others.get(0).substring(0, others.get(0).indexOf(' ')))
                + ". The session opens without its room.";
    }

    /** Opens the room of a session window just shown and prints {@code room: URL} when it listens. */
    public static void openAndReport(Stage sessionWindow, PrintStream out, PrintStream err) {
        RoomViewModel vm = (RoomViewModel) sessionWindow.getProperties().get(RoomViewModel.class);
        if (vm.noAddressProperty().get()) {
            err.println("room: not opened: this computer has no LAN address (connect it to the participants' network or "
                    + "a phone's hotspot, or name one with " + ADDRESS + ")");
            return;
        }
        ChangeListener<Boolean> opened = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean open) {
                if (open) {
                    vm.openProperty().removeListener(this);
                    out.println("room: " + vm.joinUrlProperty().get());
                    out.flush();
                }
            }
        };
        vm.openProperty().addListener(opened);
        ChangeListener<Boolean> failed = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (!busy) {
                    vm.busyProperty().removeListener(this);
                    if (!vm.openProperty().get()) {
                        vm.openProperty().removeListener(opened);
                        err.println("room: not opened: " + vm.messageProperty().get());
                    }
                }
            }
        };
        vm.busyProperty().addListener(failed);
        vm.toggle();
    }
}
