package se.samtalsledaren.room;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import se.samtalsledaren.export.ExportFixtures;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Commentary;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.session.SessionRunner;

/**
 * A room served on 127.0.0.1 over a session whose runner lives on a thread of its own, as the
 * FX thread in the app. The case and session carry marked secrets (teaching notes, a note, a
 * solution, an agreement, another participant's imported preparation) that must never reach a phone.
 */
final class RoomFixture implements AutoCloseable {
    static final String TEACHING_SECRET = "LÄRARHEMLIS-Q7";
    static final String NOTE_SECRET = "ANTECKNINGSHEMLIS-K2";
    static final String SOLUTION_SECRET = "LÖSNINGSHEMLIS-M4";
    static final String AGREEMENT_SECRET = "ÖVERENSKOMMELSEHEMLIS-Z8";
    static final String OTHER_PREPARATION = "ANNANS-FÖRBEREDELSE-W5";
    static final String COMMENTARY_SECRET = "KOMMENTARHEMLIS-R3";
    static final List<String> SECRETS = List.of(TEACHING_SECRET, NOTE_SECRET, SOLUTION_SECRET, AGREEMENT_SECRET,
            OTHER_PREPARATION, COMMENTARY_SECRET);

    final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
    final ExecutorService sessionThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "session"));
    final Case caseData;
    final SessionRunner runner;
    /** The floor's logic on {@link #runner}, as the floor panel's (session thread only). */
    final se.samtalsledaren.session.FloorRunner floor;
    final SessionPort port;
    final Room room;
    final RoomServer server;
    final String base;

    RoomFixture(int participants, RoomLimits limits) throws Exception {
        this(participants, limits, 200);
    }

    RoomFixture(int participants, RoomLimits limits, long pollMs) throws Exception {
        Case c = ExportFixtures.case11();
        caseData = new Case(c.id(), c.number(), c.title(), c.thoughtAssociation(), c.narrative(), c.questions(), c.themes(),
                c.dimensions(), c.relatedCases(), List.of(new Commentary(COMMENTARY_SECRET + " ur rapporten", "kapitel 3")),
                c.source(), new TeachingNotes(List.of(TEACHING_SECRET + " lärandemål"), "Öppningsfråga " + TEACHING_SECRET,
                List.of("Stridsfråga"), List.of(new TeachingNotes.BoardArea("Vänster", TEACHING_SECRET)), Map.of()));
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= participants; i++) {
            people.add(new Participant("p" + i, "Deltagare " + i, i % 2 == 0 ? Role.TJANSTEPERSON : Role.FORTROENDEVALD,
                    "Organisation " + i));
        }
        Session s = Session.start("s-room", CaseRef.of(caseData), new SessionInfo("Rummet", java.time.LocalDate.of(2026, 11, 23),
                "Stadshuset", "Sara"), people, TimePlan.defaultFor(90));
        runner = new SessionRunner(s, clock, new java.util.function.Supplier<>() {
            private int n;

            @Override
            public synchronized String get() {
                return "id" + ++n;
            }
        });
        floor = new se.samtalsledaren.session.FloorRunner(runner);
        port = onSession(() -> {
            runner.addNote(Phase.STEP_1, NOTE_SECRET + " sa något", "p1", null);
            runner.addSolution(SOLUTION_SECRET, "p2");
            runner.addAgreement(AGREEMENT_SECRET, "Sara", null);
            Map<Phase, String> steps = new EnumMap<>(Phase.class);
            steps.put(Phase.STEP_1, OTHER_PREPARATION);
            runner.importPreparations(List.of(new Preparation("f-annan", CaseRef.of(caseData), "Deltagare 2",
                    Role.TJANSTEPERSON, false, List.of(), steps, null, Instant.parse("2026-11-22T18:00:00Z"))));
            return RunnerCommands.connect(runner, caseData, sessionThread);
        });
        room = new Room(new Tokens(), clock, limits);
        server = RoomServer.start(room, port, clock, List.of(InetAddress.getLoopbackAddress()), 0, pollMs);
        base = server.base(InetAddress.getLoopbackAddress());
    }

    /** Runs {@code work} on the session's thread and waits for it. */
    <T> T onSession(Callable<T> work) throws Exception {
        return sessionThread.submit(work).get(10, TimeUnit.SECONDS);
    }

    void onSession(Runnable work) throws Exception {
        sessionThread.submit(work).get(10, TimeUnit.SECONDS);
    }

    /** The session as its own thread has it now (after everything handed to it so far). */
    Session session() throws Exception {
        return onSession(runner::session);
    }

    /**
     * The session once it satisfies {@code test}: typing reaches the session in batches (within
     * {@link RoomLimits#typingBatch()}), so a test waits for the change it expects.
     */
    Session sessionWhen(java.util.function.Predicate<Session> test) throws Exception {
        java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(1);
        Runnable check = () -> {
            if (test.test(port.snapshot())) {
                seen.countDown();
            }
        };
        port.addListener(check);
        try {
            check.run();
            if (!seen.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the session did not get there within 20 s");
            }
            return session();
        } finally {
            port.removeListener(check);
        }
    }

    /** The session once the participant's phone preparation satisfies {@code test}. */
    Session typed(String participantId, java.util.function.Predicate<Preparation> test) throws Exception {
        return sessionWhen(s -> RoomPreparations.of(s, participantId).filter(test).isPresent());
    }

    /** Sends one raw request and reads the whole answer (the server closes the connection). */
    String raw(String request) throws Exception {
        try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            java.io.OutputStream out = s.getOutputStream();
            out.write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.flush();
            java.io.InputStream in = s.getInputStream();
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            try {
                while ((n = in.read(buf)) > 0) {
                    got.write(buf, 0, n);
                }
            } catch (java.net.SocketException e) {
                // reset after an answer to a request the server would not read to the end
            }
            return got.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    Phone phone() {
        return new Phone(base);
    }

    /** A phone that joined as {@code participantId}. */
    Phone joined(String participantId) throws Exception {
        Phone p = phone();
        p.join(room.token(), participantId);
        return p;
    }

    @Override
    public void close() throws Exception {
        server.close();
        sessionThread.shutdownNow();
    }
}
