package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.file.Path;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;

/** Saves sessions atomically and opens them, refusing broken files without touching them. */
public final class SessionStore {
    private final SessionFormat format;
    private final Messages messages;

    public SessionStore(Messages messages) {
        this.messages = messages;
        this.format = new SessionFormat(messages);
    }

    public void save(Path file, Session session) throws IOException {
        AtomicFiles.write(file, format.write(session));
    }

    public Session open(Path file) throws FileProblemException {
        return format.read(file.toString(),
                BoundedFiles.read(file, se.samtalsledaren.json.StrictJson.Limits.SESSION_FILE.maxBytes(), messages));
    }
}
