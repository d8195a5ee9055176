package se.samtalsledaren.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.Autosave;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.Scheduler;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;

/**
 * The autosave promise under continuous input: a note is typed into the three-hour session one
 * character every {@code INTERVAL_MS} (default 50 ms, a fast typist, so the changes never pause
 * for the one-second debounce) for {@code SECONDS} (default 60), through the app's own
 * {@link Autosave} on a real scheduler thread with a real clock, lock, backups, recovery slot and
 * {@code SessionStore.save} (fsync, atomic move) into a real folder. For every change it records
 * when a state containing it was on disk ({@link Autosave.Listener#saved} is called after the
 * rename and the folder's fsync) and prints the worst, the 99th percentile and the median of
 * those delays.
 *
 * <p>Usage: {@code AutosaveLatency [SECONDS] [INTERVAL_MS] [FOLDER]} (FOLDER: the disk to write
 * on, default the temporary folder's; a fresh folder is made in it and removed at the end).
 */
public final class AutosaveLatency {
    private AutosaveLatency() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int intervalMs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path folder = args.length > 2 ? java.nio.file.Files.createTempDirectory(Path.of(args[2]), "bench-latency-")
                : TempFiles.directory("bench-latency-");
        Messages messages = new Messages(new Locale("sv"));
        Clock clock = Clock.systemUTC();
        SessionLocks locks = SessionLocks.forThisProcess(messages, clock);
        SessionStore store = new SessionStore(messages, new Backups(folder.resolve("backups"), clock), locks);
        Recovery recovery = new Recovery(folder.resolve("autosave"), store, locks);
        Session base = GeneratedData.threeHourSession();
        Path file = folder.resolve("tre-timmar.json");
        store.save(file, base);
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave");
            t.setDaemon(true);
            return t;
        });

        int changes = seconds * 1000 / intervalMs;
        long[] changedAt = new long[changes];
        long[] onDiskAt = new long[changes];
        Arrays.fill(onDiskAt, -1);
        Map<Session, Integer> index = new IdentityHashMap<>();
        int[] writes = {0};
        Autosave autosave = new Autosave(store, recovery, locks, Scheduler.of(thread), clock, base.id(), file,
                locks.acquire(file), null, new Autosave.Listener() {
                    @Override
                    public void saved(Session snapshot, Path to, Instant at) {
                        long now = System.nanoTime();
                        Integer n;
                        synchronized (index) {
                            n = index.get(snapshot);
                        }
                        if (n == null) {
                            return;
                        }
                        synchronized (onDiskAt) {
                            for (int i = 0; i <= n; i++) {
                                if (onDiskAt[i] < 0) {
                                    onDiskAt[i] = now;
                                }
                            }
                            writes[0]++;
                        }
                    }

                    @Override
                    public void failed(Session snapshot, Path target, IOException error) {
                        throw new IllegalStateException("save failed", error);
                    }
                });

        List<Note> notes = new ArrayList<>(base.notesFor(Phase.STEP_3));
        String typed = "Förvaltningen tar fram ett underlag om konsekvenserna för de mindre orterna till nästa möte. ";
        notes.add(new Note("typed", "", "", null));
        Session state = base;
        long start = System.nanoTime();
        for (int i = 0; i < changes; i++) {
            long due = start + (long) i * intervalMs * 1_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Note last = notes.get(notes.size() - 1);
            notes.set(notes.size() - 1, new Note(last.id(), last.text() + typed.charAt(i % typed.length()), "", null));
            state = state.withNotes(Phase.STEP_3, List.copyOf(notes));
            synchronized (index) {
                index.put(state, i);
            }
            changedAt[i] = System.nanoTime();
            autosave.changed(state);
        }
        autosave.close();
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);

        long[] delays = new long[changes];
        int missing = 0;
        for (int i = 0; i < changes; i++) {
            if (onDiskAt[i] < 0) {
                missing++;
                delays[i] = Long.MAX_VALUE;
            } else {
                delays[i] = onDiskAt[i] - changedAt[i];
            }
        }
        Arrays.sort(delays);
        System.out.printf(Locale.ROOT, "changes: %d every %d ms for %d s, %d writes; session file %d KB%n", changes,
                intervalMs, seconds, writes[0], java.nio.file.Files.size(file) / 1024);
        System.out.printf(Locale.ROOT, "change-to-disk-ms: max %.1f  p99 %.1f  median %.1f  (missing: %d)%n",
                ms(delays[changes - 1]), ms(delays[(int) (changes * 0.99) - 1]), ms(delays[changes / 2]), missing);
        TempFiles.delete(folder);
    }

    private static double ms(long nanos) {
        return nanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : nanos / 1e6;
    }
}
