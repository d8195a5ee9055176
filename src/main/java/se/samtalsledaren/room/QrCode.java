package se.samtalsledaren.room;

import io.nayuki.qrcodegen.QrSegment;
import java.util.List;

/**
 * The join address as a QR code (Nayuki's qrcodegen): a square of dark and light modules,
 * without the quiet zone, which whoever draws it adds ({@link #QUIET_ZONE} modules on each side).
 * Medium error correction: readable from the back of a room on a projector and with some glare.
 */
public final class QrCode {
    public static final int QUIET_ZONE = 4;
    private final boolean[][] dark;

    private QrCode(boolean[][] dark) {
        this.dark = dark;
    }

    /** The code of an address (the most compact encoding qrcodegen finds for it). */
    public static QrCode of(String url) {
        List<QrSegment> segments = QrSegment.makeSegments(url);
        io.nayuki.qrcodegen.QrCode code = io.nayuki.qrcodegen.QrCode.encodeSegments(segments, io.nayuki.qrcodegen.QrCode.Ecc.MEDIUM);
        boolean[][] d = new boolean[code.size][code.size];
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                d[y][x] = code.getModule(x, y);
            }
        }
        return new QrCode(d);
    }

    /** Modules per side. */
    public int size() {
        return dark.length;
    }

    /** Whether the module at column {@code x}, row {@code y} is dark. */
    public boolean dark(int x, int y) {
        return dark[y][x];
    }

    /** The code as text, two characters a module ("██" dark), for a terminal or a test. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : dark) {
            for (boolean b : row) {
                sb.append(b ? "██" : "  ");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
