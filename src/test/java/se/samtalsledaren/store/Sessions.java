package se.samtalsledaren.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;

/** Session values for store tests: the sample session and numbered variants of it. */
public final class Sessions {
    private Sessions() {}

    public static Session sample() {
        try {
            return new SessionFormat(new Messages(Locale.ENGLISH)).read("sample-session.json",
                    Files.readAllBytes(Path.of("examples/sample-session.json")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample with a title that names {@code n}: distinct states to save and recognise. */
    public static Session variant(Session base, int n) {
        SessionInfo i = base.info();
        return base.withInfo(new SessionInfo("Variant " + n, i.date() == null ? LocalDate.EPOCH : i.date(), i.place(),
                i.facilitator()));
    }
}
