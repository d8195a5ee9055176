package se.samtalsledaren.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Locale;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.session.FloorRunner;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.SessionFormat;

/** The sample session, its case and documents built from them, for export tests. */
public final class ExportFixtures {
    public static final Path SAMPLE = Path.of("examples/sample-session.json");
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static CaseLibrary library;
    private static Session threeHours;

    private ExportFixtures() {}

    public static synchronized CaseLibrary library() {
        if (library == null) {
            Messages messages = new Messages(new Locale("sv"));
            library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        }
        return library;
    }

    public static Session sample() throws Exception {
        return new SessionFormat(new Messages(new Locale("sv"))).read(SAMPLE.toString(), Files.readAllBytes(SAMPLE));
    }

    public static Case case11() {
        return library().byId("skr-11").map(LibraryEntry::value).orElseThrow();
    }

    public static ExportDocument sampleDocument() throws Exception {
        return sessionDocument(sample());
    }

    public static ExportDocument sessionDocument(Session s) {
        return sessionDocument(s, new Labels());
    }

    public static ExportDocument sessionDocument(Session s, Labels labels) {
        return new SessionDocument(labels, STOCKHOLM).build(s, library().byId(s.caseRef().id()).map(LibraryEntry::value));
    }

    /**
     * A three-hour workshop run through the session logic on a fake clock, as a facilitator would:
     * eight participants, the seven phases at their planned lengths, 500 notes (sentences of the
     * bundled cases), 400 speaking slots, 40 solutions with votes, six of them chosen with
     * consequences, and 15 agreements. Deterministic.
     */
    public static synchronized Session threeHourSession() {
        if (threeHours == null) {
            threeHours = runThreeHours();
        }
        return threeHours;
    }

    private static Session runThreeHours() {
        String[][] people = {
                {"Karin Lindqvist", "FORTROENDEVALD", "Kommunstyrelsens ordförande (S)"},
                {"Jonas Ek", "FORTROENDEVALD", "Oppositionsråd (M)"},
                {"Fatima Rahimi", "FORTROENDEVALD", "Ordförande barn- och utbildningsnämnden (C)"},
                {"Anders Holm", "FORTROENDEVALD", "Ordförande socialnämnden (L)"},
                {"Per Håkansson", "TJANSTEPERSON", "Kommundirektör"},
                {"Lena Strand", "TJANSTEPERSON", "Utbildningschef"},
                {"Mikael Öberg", "TJANSTEPERSON", "Kultur- och fritidschef"},
                {"Eva Sandberg", "TJANSTEPERSON", "Ekonomichef"}};
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            participants.add(new Participant("p" + (i + 1), people[i][0], Role.valueOf(people[i][1]), people[i][2]));
        }
        List<String> sentences = new ArrayList<>();
        for (LibraryEntry e : library().entries()) {
            for (NarrativeBlock nb : e.value().narrative()) {
                for (String sentence : nb.text().split("(?<=[.!?])\\s+")) {
                    if (sentence.length() >= 40 && sentence.length() <= 240) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        Case c = case11();
        TimePlan plan = TimePlan.defaultFor(180);
        FakeClock clock = FakeClock.at("2026-11-23T08:30:00Z");
        AtomicInteger ids = new AtomicInteger();
        SessionRunner r = new SessionRunner(Session.start("tre-timmar", CaseRef.of(c),
                new SessionInfo("Heldag: tre timmar med case 11", LocalDate.of(2026, 11, 23),
                        "Kommunhuset, sammanträdesrum Ekbacken", "Sara Nyström"), participants, plan),
                clock, () -> "x" + ids.incrementAndGet());
        Dimension[] dims = {Dimension.STRUKTUR, Dimension.PROCESS, Dimension.VARDERINGAR, null};
        int notes = 0;
        int slots = 0;
        FloorRunner floor = new FloorRunner(r);
        r.start();
        for (Phase phase : Phase.values()) {
            r.goTo(phase);
            long phaseSeconds = plan.plannedMinutes(phase) * 60L;
            int slotsHere = phase.isStep() ? 80 : 0; // 400 slots over the five steps
            long slot = slotsHere == 0 ? phaseSeconds : phaseSeconds / slotsHere;
            for (long t = 0; t + slot <= phaseSeconds; t += slot) {
                if (slotsHere > 0) {
                    floor.giveFloorTo("p" + (1 + (slots * 3 + slots / 8) % people.length));
                    slots++;
                    for (int k = 0; k < 5 && notes < 500; k++) { // 100 notes per step
                        r.addNote(phase, sentences.get(notes * 7 % sentences.size()), "p" + (1 + notes % people.length),
                                dims[notes % dims.length]);
                        notes++;
                    }
                }
                clock.advance(Duration.ofSeconds(slot * 3 / 4));
                if (slots % 4 == 0) {
                    floor.endSlot(); // a quiet moment before the next speaker
                }
                clock.advance(Duration.ofSeconds(slot - slot * 3 / 4));
            }
            floor.endSlot();
            if (phase == Phase.STEP_3) {
                for (int s = 0; s < 40; s++) {
                    r.addSolution(sentences.get(s * 5 % sentences.size()), "p" + (1 + s % people.length));
                }
            } else if (phase == Phase.STEP_4) {
                List<Solution> all = r.session().solutions();
                for (int s = 0; s < all.size(); s++) {
                    for (int p = 0; p < people.length; p++) {
                        if ((s + p) % 3 == 0) {
                            r.setVotes(all.get(s).id(), "p" + (p + 1), 1 + (s + p) % 3);
                        }
                    }
                    Horizon h = s % 2 == 0 ? Horizon.SHORT : Horizon.LONG;
                    r.updateSolution(all.get(s).id(), x -> x.withHorizon(h));
                }
                r.sortByVotes();
                List<Solution> ranked = r.session().solutions();
                for (int s = 0; s < 6; s++) {
                    int n = s;
                    r.updateSolution(ranked.get(s).id(), x -> x.withChosen(true).withConsequences(new Consequences(
                            sentences.get(n * 11 % sentences.size()), sentences.get(n * 13 % sentences.size()),
                            sentences.get(n * 17 % sentences.size()))));
                }
            } else if (phase == Phase.CLOSING) {
                for (int a = 0; a < 15; a++) {
                    r.addAgreement(sentences.get(a * 19 % sentences.size()), people[a % people.length][0],
                            LocalDate.of(2026, 12, 1).plusDays(7L * a));
                }
            }
        }
        r.pause();
        return r.session();
    }

    public static ExportDocument handout() {
        return new HandoutDocument(new Labels()).build(case11());
    }

    /** Where tests leave their exports for a person to look at (under target/, never committed). */
    public static Path inspectionFolder() throws Exception {
        return Files.createDirectories(Path.of("target", "export-samples"));
    }
}
