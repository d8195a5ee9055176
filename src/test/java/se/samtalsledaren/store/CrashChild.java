package se.samtalsledaren.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;

/**
 * The child process of {@link CrashTest}: saves the states {@code first, first+1, …} of the
 * sample session to one file through the app's real save path (lock, backups, atomic write),
 * as fast as it can, until it is killed. Prints {@code W n} before writing state n and
 * {@code D n} once it is on disk.
 *
 * <p>Usage: {@code CrashChild FILE BACKUPS FIRST}
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path backups = Path.of(args[1]);
        int first = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Messages messages = new Messages(Locale.ENGLISH);
        Clock clock = Clock.systemUTC();
        SessionLocks locks = SessionLocks.forThisProcess(messages, clock);
        SessionStore store = new SessionStore(messages, new Backups(backups, clock), locks);
        locks.acquire(file); // the previous child's lock is stale: it was killed
        Session base = Sessions.sample();
        out.println("READY");
        for (int n = first; ; n++) {
            Session state = Sessions.variant(base, n);
            out.println("W " + n);
            store.save(file, state);
            out.println("D " + n);
        }
    }
}
