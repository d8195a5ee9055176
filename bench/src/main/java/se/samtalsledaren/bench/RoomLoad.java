package se.samtalsledaren.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.room.RoomHost;
import se.samtalsledaren.room.RoomLimits;
import se.samtalsledaren.room.RateLimiter;
import se.samtalsledaren.room.RunnerCommands;
import se.samtalsledaren.room.SessionPort;
import se.samtalsledaren.room.Tokens;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.store.Autosave;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.Scheduler;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;

/**
 * Forty simulated phones in the room, each typing once a second (a preparation field that grows
 * by a word) with its live stream open, against the real room server on 127.0.0.1 and a session
 * whose runner lives on one thread of its own, saved by the app's {@link Autosave} to a file.
 * The phones run in a second JVM, so this process's RSS is the room's and the session's alone.
 * After {@code WARMUP} seconds of typing, prints the answer times of the typing posts over the
 * next {@code SECONDS} (p50, p95, p99, max, as the phones measured them), the longest a task
 * waited for the session's thread (what the FX thread would be held up by), the live events, and
 * this process's RSS when the room opened, after the warm-up and at the end.
 *
 * <pre>java -cp bench/target/benchmarks.jar se.samtalsledaren.bench.RoomLoad [PHONES] [SECONDS] [WARMUP]</pre>
 *
 * Traffic goes to 127.0.0.1 only, and the run stops by itself.
 */
public final class RoomLoad {
    private RoomLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("phones")) {
            phones(args);
            return;
        }
        int phones = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Messages messages = new Messages(new Locale("sv"));
        Case c = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of()).byId("skr-11").orElseThrow().value();
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= phones; i++) {
            people.add(new Participant("p" + i, "Deltagare " + i, i % 2 == 0 ? Role.TJANSTEPERSON : Role.FORTROENDEVALD, ""));
        }
        Session start = Session.start("bench-room", CaseRef.of(c), new SessionInfo("Rummet", java.time.LocalDate.now(), "", ""),
                people, TimePlan.defaultFor(90));
        Clock clock = Clock.systemUTC();
        ExecutorService sessionThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "session"));
        Path dir = Files.createTempDirectory("room-load");
        SessionLocks locks = SessionLocks.forThisProcess(messages, clock);
        SessionStore store = new SessionStore(messages, new Backups(dir.resolve("backups"), clock), locks);
        ScheduledExecutorService autosaveThread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "autosave"));
        Path file = dir.resolve("rummet.json");
        AtomicInteger saves = new AtomicInteger();
        Autosave autosave = new Autosave(store, new Recovery(dir.resolve("autosave"), store, locks), locks,
                Scheduler.of(autosaveThread), clock, start.id(), file, locks.acquire(file), null, new Autosave.Listener() {
                    @Override
                    public void saved(Session snapshot, Path f, java.time.Instant at) {
                        saves.incrementAndGet();
                    }

                    @Override
                    public void failed(Session snapshot, Path target, IOException error) {
                        System.err.println("autosave failed: " + error);
                    }
                });
        SessionRunner runner = new SessionRunner(start, clock, () -> java.util.UUID.randomUUID().toString().substring(0, 8));
        SessionPort port = sessionThread.submit(() -> {
            runner.addListener(() -> autosave.changed(runner.session()));
            return RunnerCommands.connect(runner, c, sessionThread);
        }).get();
        // Forty phones on one address need the budget forty addresses would have.
        RoomLimits limits = RoomLimits.DEFAULTS.withPerAddress(new RateLimiter.Rule(10 * phones, Duration.ofMillis(10)));
        RoomHost host = new RoomHost(port, clock, limits, new Tokens(), 5000);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        host.open(List.of(loopback), 0);
        String base = host.server().orElseThrow().base(loopback);
        String token = host.room().orElseThrow().token();

        SessionThreadProbe probe = new SessionThreadProbe(sessionThread);
        long rssOpened = rssKiB();
        Process others = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), RoomLoad.class.getName(), "phones", base, token,
                Integer.toString(phones), Integer.toString(seconds), Integer.toString(warmup))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(others.getInputStream(), StandardCharsets.UTF_8))) {
            System.out.printf(Locale.ROOT, "phones: %d, seconds: %d after %d of warm-up, base: %s%n", phones, seconds, warmup, base);
            long rssWarm = -1;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals("warm")) {
                    System.gc();
                    rssWarm = rssKiB();
                    probe.start();
                } else if (line.equals("done")) {
                    probe.stop();
                    System.gc();
                    long rssEnd = rssKiB();
                    System.out.printf(Locale.ROOT, "session-thread-wait-ms max: %.1f p99: %.1f (probe every 50 ms)%n",
                            probe.max() / 1000.0, probe.p99() / 1000.0);
                    System.out.printf(Locale.ROOT, "rss-kib opened: %d, warm: %d, end: %d; growth-mib from opened %.1f, from warm %.1f%n",
                            rssOpened, rssWarm, rssEnd, (rssEnd - rssOpened) / 1024.0, (rssEnd - rssWarm) / 1024.0);
                } else {
                    System.out.println(line);
                }
            }
            others.waitFor(30, TimeUnit.SECONDS);
            Session end = sessionThread.submit(runner::session).get();
            long typed = end.preparations().stream().mapToLong(p -> p.questions().stream().mapToLong(q -> q.text().length()).sum()).sum();
            System.out.printf(Locale.ROOT, "session: %d preparations, %d characters typed, %d autosaves; file %d KiB%n",
                    end.preparations().size(), typed, saves.get(), Files.size(file) / 1024);
        } finally {
            others.destroy();
            host.close();
            autosave.close();
            sessionThread.shutdown();
            autosaveThread.shutdown();
            autosaveThread.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** The phones' JVM: joins, listens, types through the warm-up, prints "warm", types on, prints the figures and "done". */
    private static void phones(String[] args) throws Exception {
        String base = args[1];
        String token = args[2];
        int phones = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        try (RoomPhones room = new RoomPhones(base, token, phones)) {
            room.joinAndListen();
            room.type(warmup);
            room.reset();
            System.out.println("warm");
            room.type(seconds);
            List<Long> times = room.answerMicros();
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "posts: %d, errors: %d, state events: %d%n", times.size(), room.errors.get(),
                    room.events.get());
            System.out.printf(Locale.ROOT, "answer-ms p50: %.1f p95: %.1f p99: %.1f max: %.1f%n", pct(times, 50) / 1000.0,
                    pct(times, 95) / 1000.0, pct(times, 99) / 1000.0, times.get(times.size() - 1) / 1000.0);
            System.out.println("done");
        }
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** The resident set of this process, from /proc (Linux). */
    static long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** How long a small task waits for a thread (the session's, the FX thread), handed to it every {@code periodMs}. */
    static final class SessionThreadProbe {
        private final Executor thread;
        private final long periodMs;
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        private final ConcurrentLinkedQueue<Long> waits = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> slow = new ConcurrentLinkedQueue<>();

        SessionThreadProbe(Executor thread) {
            this(thread, 50);
        }

        SessionThreadProbe(Executor thread, long periodMs) {
            this.thread = thread;
            this.periodMs = periodMs;
        }

        void start() {
            ticker.scheduleAtFixedRate(() -> {
                long t0 = System.nanoTime();
                long at = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                thread.execute(() -> {
                    long waited = (System.nanoTime() - t0) / 1000;
                    waits.add(waited);
                    if (waited > 50_000) {
                        slow.add(String.format(Locale.ROOT, "%.1f ms at JVM uptime %.3f s", waited / 1000.0, at / 1000.0));
                    }
                });
            }, 0, periodMs, TimeUnit.MILLISECONDS);
        }

        /** The waits over 50 ms with the JVM's uptime when they began (to set beside a -Xlog:gc log). */
        List<String> slow() {
            return new ArrayList<>(slow);
        }

        /** Every wait, in microseconds. */
        List<Long> waits() {
            return new ArrayList<>(waits);
        }

        void stop() throws InterruptedException {
            ticker.shutdown();
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        }

        long max() {
            return waits.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        long p99() {
            List<Long> s = new ArrayList<>(waits);
            Collections.sort(s);
            return s.isEmpty() ? 0 : pct(s, 99);
        }
    }

    /** The simulated phones: one HTTP client, a cookie each, a live stream each. */
    static final class RoomPhones implements AutoCloseable {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;
        private final String token;
        private final int count;
        private final List<String> cookies = new ArrayList<>();
        private final ConcurrentLinkedQueue<Long> answers = new ConcurrentLinkedQueue<>();
        private final List<Thread> readers = new ArrayList<>();
        private final List<Stream<String>> streams = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();
        final AtomicLong events = new AtomicLong();

        RoomPhones(String base, String token, int count) {
            this.base = base;
            this.token = token;
            this.count = count;
        }

        void joinAndListen() throws Exception {
            for (int i = 1; i <= count; i++) {
                HttpResponse<String> r;
                // All phones come from 127.0.0.1 here: the room's budget per address paces the joins.
                while (true) {
                    r = http.send(HttpRequest.newBuilder(URI.create(base + "/j/" + token))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("participant=p" + i)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 429) {
                        break;
                    }
                    Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                }
                HttpResponse<String> joined = r;
                String c = joined.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException("not joined: " + joined.body()));
                cookies.add(c.substring(0, c.indexOf(';')));
            }
            CountDownLatch firstEvents = new CountDownLatch(count);
            for (String cookie : cookies) {
                HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(URI.create(base + "/p/events"))
                        .header("Accept", "text/event-stream").header("Cookie", cookie).GET().build(),
                        HttpResponse.BodyHandlers.ofLines());
                streams.add(r.body());
                Thread t = new Thread(() -> {
                    boolean first = true;
                    try {
                        Iterator<String> it = r.body().iterator();
                        while (it.hasNext()) {
                            if (it.next().startsWith("event: state")) {
                                events.incrementAndGet();
                                if (first) {
                                    firstEvents.countDown();
                                    first = false;
                                }
                            }
                        }
                    } catch (RuntimeException e) {
                        // closed at the end
                    }
                }, "phone-stream");
                t.setDaemon(true);
                t.start();
                readers.add(t);
            }
            if (!firstEvents.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every phone heard its first state");
            }
        }

        /** Every phone posts one edit a second, spread over the second, for {@code seconds}. */
        private final List<StringBuilder> texts = new ArrayList<>();

        void type(int seconds) throws Exception {
            ScheduledExecutorService clocks = Executors.newScheduledThreadPool(8);
            CountDownLatch done = new CountDownLatch(count);
            while (texts.size() < count) {
                texts.add(new StringBuilder());
            }
            for (int i = 0; i < count; i++) {
                int phone = i;
                long offset = 1000L * i / count;
                AtomicInteger tick = new AtomicInteger();
                StringBuilder text = texts.get(i);
                clocks.scheduleAtFixedRate(() -> {
                    int n = tick.incrementAndGet();
                    if (n > seconds) {
                        if (n == seconds + 1) {
                            done.countDown();
                        }
                        return;
                    }
                    String body;
                    synchronized (text) {
                        text.append(text.length() == 0 ? "" : " ").append("ord").append(n);
                        // A field holds what one phone types in a few minutes; then it starts on the next.
                        if (text.length() > 2000) {
                            text.setLength(0);
                        }
                        body = "q" + (1 + (phone + n / 120) % 5) + "=" + URLEncoder.encode(text.toString(), StandardCharsets.UTF_8);
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/p/prep"))
                                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                                .header("Cookie", cookies.get(phone)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        answers.add((System.nanoTime() - t0) / 1000);
                        if (r.statusCode() != 204) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                }, offset, 1000, TimeUnit.MILLISECONDS);
            }
            done.await(seconds + 60L, TimeUnit.SECONDS);
            clocks.shutdownNow();
        }

        List<Long> answerMicros() {
            return new ArrayList<>(answers);
        }

        /** Forgets the warm-up's figures. */
        void reset() {
            answers.clear();
            errors.set(0);
            events.set(0);
        }

        @Override
        public void close() {
            streams.forEach(Stream::close);
        }
    }
}
