package se.samtalsledaren;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version, filtered into {@code version.properties} by Maven. */
public final class Version {
    private Version() {}

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
