package se.samtalsledaren.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * This computer's addresses on local networks, where phones in the room can reach it: private
 * IPv4 addresses (10/8, 172.16/12, 192.168/16) of network interfaces that are up, leaving out
 * loopback, VPN tunnels and the bridges of containers and virtual machines. Each gets a kind
 * (Wi-Fi, cable, a phone's hotspot) from its interface's name, for the facilitator's choice.
 */
public final class LanAddresses {
    /** What kind of network an address is on. */
    public enum Kind { WIFI, CABLE, HOTSPOT, OTHER }

    /** One address to offer. */
    public record Address(InetAddress address, String interfaceName, Kind kind) {
        /** {@code 192.168.1.23}. */
        public String host() {
            return address.getHostAddress();
        }
    }

    /** An interface as the operating system describes it. */
    public record Interface(String name, String displayName, boolean up, boolean loopback, boolean virtual,
                            boolean pointToPoint, List<InetAddress> addresses) {}

    private static final List<String> NOT_LAN = List.of("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "zt",
            "tailscale", "utun", "tun", "tap", "wg", "awdl", "llw", "lxc", "lxd", "cni", "flannel", "podman", "anpi");

    private LanAddresses() {}

    /** The addresses of this computer's interfaces now (Wi-Fi first, then cable, then the rest). */
    public static List<Address> find() {
        return choose(interfaces());
    }

    /** This computer's network interfaces now, as the operating system describes them (empty if it cannot say). */
    public static List<Interface> interfaces() {
        List<Interface> all = new ArrayList<>();
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                try {
                    all.add(new Interface(n.getName(), n.getDisplayName(), n.isUp(), n.isLoopback(), n.isVirtual(),
                            n.isPointToPoint(), Collections.list(n.getInetAddresses())));
                } catch (SocketException e) {
                    // an interface that went away while we looked
                }
            }
        } catch (SocketException | NullPointerException e) {
            return List.of();
        }
        return all;
    }

    /** The LAN addresses among {@code interfaces}, best first. */
    public static List<Address> choose(List<Interface> interfaces) {
        List<Address> out = new ArrayList<>();
        for (Interface i : interfaces) {
            String name = i.name().toLowerCase(Locale.ROOT);
            if (!i.up() || i.loopback() || i.virtual() || i.pointToPoint() || NOT_LAN.stream().anyMatch(name::startsWith)) {
                continue;
            }
            for (InetAddress a : i.addresses()) {
                if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                    out.add(new Address(a, i.name(), kind(i, a)));
                }
            }
        }
        out.sort(Comparator.comparingInt((Address a) -> a.kind().ordinal()).thenComparing(Address::interfaceName));
        return List.copyOf(out);
    }

    private static Kind kind(Interface i, InetAddress a) {
        String name = i.name().toLowerCase(Locale.ROOT);
        String display = i.displayName() == null ? "" : i.displayName().toLowerCase(Locale.ROOT);
        byte[] b = a.getAddress();
        // iPhone hotspots hand out 172.20.10.x, Android's 192.168.43.x; USB tethering shows as usb0 or rndis.
        boolean hotspotRange = (b[0] & 0xff) == 172 && (b[1] & 0xff) == 20 && (b[2] & 0xff) == 10
                || (b[0] & 0xff) == 192 && (b[1] & 0xff) == 168 && (b[2] & 0xff) == 43;
        if (hotspotRange || name.startsWith("usb") || name.startsWith("rndis") || display.contains("rndis")
                || display.contains("iphone") || display.contains("android")) {
            return Kind.HOTSPOT;
        }
        if (name.startsWith("wl") || name.startsWith("ath") || display.contains("wi-fi") || display.contains("wireless")
                || display.contains("wlan") || display.contains("802.11")) {
            return Kind.WIFI;
        }
        // Linux names wired interfaces enp3s0, eno1, ens33, eth0; macOS's en0 may be Wi-Fi or cable.
        if (name.matches("en[opsx].*") || name.startsWith("eth") || display.contains("ethernet")) {
            return Kind.CABLE;
        }
        return Kind.OTHER;
    }
}
