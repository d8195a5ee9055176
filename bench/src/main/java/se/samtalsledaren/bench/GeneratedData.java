package se.samtalsledaren.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.SpeakingTurn;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.model.TimeSegment;
import se.samtalsledaren.store.SessionFormat;

/**
 * Benchmark data made from the bundled cases, deterministic (no randomness, so every run measures
 * the same files): a large case library of recombined bundled cases, and a long session.
 *
 * <p>Command line: {@code library DIR [COUNT]} writes COUNT (default 1000) case files into DIR;
 * {@code session FILE} writes the three-hour session; {@code groups DIR [COUNT]} writes COUNT (12)
 * groups' three-hour sessions ({@link #threeHourSession(int)}) for the comparison.
 */
public final class GeneratedData {
    public static final int LIBRARY_SIZE = 1000;
    public static final int SESSION_MINUTES = 180;
    public static final int SESSION_NOTES = 500;
    public static final int SESSION_TURNS = 400;

    private static final Messages MESSAGES = new Messages(new Locale("sv"));
    private static final String[][] PEOPLE = {
            {"Karin Lindqvist", "förtroendevald", "Kommunstyrelsens ordförande (S)"},
            {"Jonas Ek", "förtroendevald", "Oppositionsråd (M)"},
            {"Fatima Rahimi", "förtroendevald", "Ordförande barn- och utbildningsnämnden (C)"},
            {"Anders Holm", "förtroendevald", "Ordförande socialnämnden (L)"},
            {"Per Håkansson", "tjänsteperson", "Kommundirektör"},
            {"Lena Strand", "tjänsteperson", "Utbildningschef"},
            {"Mikael Öberg", "tjänsteperson", "Kultur- och fritidschef"},
            {"Eva Sandberg", "tjänsteperson", "Ekonomichef"},
    };

    private GeneratedData() {}

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("library")) {
            int count = args.length > 2 ? Integer.parseInt(args[2]) : LIBRARY_SIZE;
            Path dir = writeLibrary(Path.of(args[1]), count);
            System.out.println(count + " case files in " + dir);
        } else if (args.length == 2 && args[0].equals("session")) {
            Path file = Path.of(args[1]);
            Files.write(file, new SessionFormat(MESSAGES).write(threeHourSession()));
            System.out.println("three-hour session in " + file);
        } else if (args.length >= 2 && args[0].equals("groups")) {
            int count = args.length > 2 ? Integer.parseInt(args[2]) : CompareBenchmark.GROUPS;
            Path dir = Files.createDirectories(Path.of(args[1]));
            SessionFormat format = new SessionFormat(MESSAGES);
            for (int i = 0; i < count; i++) {
                Files.write(dir.resolve("grupp-" + (i + 1) + ".json"), format.write(threeHourSession(i)));
            }
            System.out.println(count + " three-hour sessions of groups on case 11 in " + dir);
        } else {
            System.err.println("usage: GeneratedData library DIR [COUNT] | session FILE | groups DIR [COUNT]");
            System.exit(2);
        }
    }

    /** The 13 bundled cases, loaded and validated as the app does. */
    public static List<Case> bundledCases() {
        CaseLibrary lib = new CaseLibraryLoader(new CaseFormat(MESSAGES), MESSAGES).load(List.of());
        if (!lib.problems().isEmpty() || lib.entries().size() != 13) {
            throw new IllegalStateException("bundled library is not the 13 valid cases: " + lib.problems());
        }
        return lib.entries().stream().map(LibraryEntry::value).toList();
    }

    /**
     * Case {@code i} of the generated library: the text of bundled case {@code i mod 13} with
     * every third narrative block taken from another case, its themes and dimensions joined with
     * that case's, so files are of the bundled cases' sizes but no two are alike.
     */
    static Case generatedCase(List<Case> bundled, int i) {
        Case base = bundled.get(i % bundled.size());
        Case other = bundled.get((i / bundled.size() + 1 + i) % bundled.size());
        if (other == base) {
            other = bundled.get((i + 1) % bundled.size());
        }
        List<NarrativeBlock> narrative = new ArrayList<>(base.narrative());
        for (int k = i % 3; k < narrative.size(); k += 3) {
            if (k < other.narrative().size()) {
                narrative.set(k, other.narrative().get(k));
            }
        }
        Set<String> themes = new LinkedHashSet<>(base.themes());
        themes.addAll(other.themes().subList(0, Math.min(2, other.themes().size())));
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        dimensions.addAll(base.dimensions());
        dimensions.addAll(other.dimensions());
        List<String> related = new ArrayList<>(base.relatedCases());
        related.add(id((i + 1) % LIBRARY_SIZE));
        String title = base.title() + " – variant " + (i / bundled.size() + 1) + " med inslag ur fall " + other.number();
        return new Case(id(i), 100 + i, title, base.thoughtAssociation(), narrative, base.questions(),
                List.copyOf(themes), dimensions, related, base.commentary(), base.source());
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "gen-%04d", i + 1);
    }

    /** Writes {@code count} generated case files into {@code dir} (created if missing). */
    public static Path writeLibrary(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Case> bundled = bundledCases();
        CaseFormat format = new CaseFormat(MESSAGES);
        for (int i = 0; i < count; i++) {
            Case c = generatedCase(bundled, i);
            Files.write(dir.resolve(c.id() + ".json"), format.write(c));
        }
        return dir;
    }

    /**
     * A finished three-hour session on case 11 with eight participants, {@value #SESSION_NOTES}
     * notes, {@value #SESSION_TURNS} speaking turns, 40 solutions and 15 agreements. Note texts
     * are sentences of the bundled cases (the sizes of real notes). Checked by reading it back.
     */
    public static Session threeHourSession() {
        return threeHourSession(0);
    }

    /**
     * The three-hour session of another group ({@code variant} 0 is {@link #threeHourSession()}):
     * the same shape, its notes, solutions, consequences and agreements taken from other places
     * in the same sentences, so that groups share some texts and not others, as groups on one
     * case do. For the comparison of several groups' sessions.
     */
    public static Session threeHourSession(int variant) {
        List<Case> bundled = bundledCases();
        Case c = bundled.get(10);
        List<String> sentences = sentences(bundled);
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            participants.add(new Participant("p" + (i + 1), PEOPLE[i][0], Role.fromKey(PEOPLE[i][1]).orElseThrow(), PEOPLE[i][2]));
        }
        TimePlan plan = TimePlan.defaultFor(SESSION_MINUTES);
        Instant start = Instant.parse("2026-11-23T08:30:00Z");

        List<TimeSegment> timeLog = new ArrayList<>();
        Map<Phase, TimeSegment> segment = new EnumMap<>(Phase.class);
        Instant t = start;
        for (Phase p : Phase.values()) {
            Instant end = t.plus(Duration.ofMinutes(plan.plannedMinutes(p)));
            TimeSegment s = new TimeSegment(p, t, end);
            timeLog.add(s);
            segment.put(p, s);
            t = end;
        }

        Dimension[] dims = {Dimension.STRUKTUR, Dimension.PROCESS, Dimension.VARDERINGAR, null};
        Map<Phase, List<Note>> notes = new EnumMap<>(Phase.class);
        for (int n = 0; n < SESSION_NOTES; n++) {
            Phase step = Phase.ofStep(1 + n * 5 / SESSION_NOTES);
            notes.computeIfAbsent(step, k -> new ArrayList<>()).add(new Note("n" + (n + 1),
                    sentences.get((n * 7 + variant * 13) % sentences.size()), "p" + (1 + n % PEOPLE.length), dims[n % dims.length]));
        }

        List<SpeakingTurn> turns = speakingLog(segment);

        List<Solution> solutions = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (int p = 0; p < PEOPLE.length; p++) {
                if ((s + p) % 3 == 0) {
                    votes.put("p" + (p + 1), 1 + (s + p) % 3);
                }
            }
            boolean chosen = s < 6;
            Consequences cq = chosen ? new Consequences(sentences.get((s * 11 + variant * 3) % sentences.size()),
                    sentences.get((s * 13 + variant * 3) % sentences.size()), sentences.get((s * 17 + variant * 3) % sentences.size())) : Consequences.NONE;
            solutions.add(new Solution("s" + (s + 1), sentences.get((s * 5 + variant * 7) % sentences.size()), "p" + (1 + s % PEOPLE.length),
                    s % 2 == 0 ? Horizon.SHORT : Horizon.LONG, votes, chosen, cq));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (int a = 0; a < 15; a++) {
            agreements.add(new Agreement("a" + (a + 1), sentences.get((a * 19 + variant * 5) % sentences.size()), PEOPLE[a % PEOPLE.length][0],
                    LocalDate.of(2026, 12, 1).plusDays(7L * a)));
        }
        Floor floor = new Floor(Floor.DEFAULT_SLOT_SECONDS, Map.of(Phase.STEP_5, 90), List.of("p2", "p5"), false, 0, null, 0, turns);
        Session session = new Session(variant == 0 ? "benchmark-tre-timmar" : "benchmark-tre-timmar-" + variant, CaseRef.of(c),
                new SessionInfo("Heldag: tre timmar med fall 11", LocalDate.of(2026, 11, 23), "Kommunhuset, sammanträdesrum Ekbacken",
                        "Sara Nyström"),
                participants, plan, Map.of(Phase.STEP_3, 5), notes, solutions, agreements, timeLog, Phase.CLOSING, floor);
        check(session);
        return session;
    }

    /**
     * {@value #SESSION_TURNS} turns spread over the five discussion steps: 80 per step, each
     * step's time cut in equal periods of which the speaker uses 80 %; every fifth turn is the
     * restarted second part of the previous slot.
     */
    private static List<SpeakingTurn> speakingLog(Map<Phase, TimeSegment> segment) {
        List<SpeakingTurn> turns = new ArrayList<>();
        int perStep = SESSION_TURNS / 5;
        int slot = 0;
        String speaker = null;
        for (int step = 1; step <= 5; step++) {
            TimeSegment seg = segment.get(Phase.ofStep(step));
            long period = Duration.between(seg.start(), seg.end()).toMillis() / perStep;
            for (int k = 0; k < perStep; k++) {
                int n = turns.size();
                boolean continued = n % 5 == 4 && speaker != null;
                if (!continued) {
                    slot++;
                    // Uneven airtime, as in real groups: the first participants speak more often.
                    speaker = "p" + (1 + (n * n + n / 3) % PEOPLE.length);
                }
                Instant from = seg.start().plusMillis(period * k);
                turns.add(new SpeakingTurn(slot, speaker, Phase.ofStep(step), from, from.plusMillis(period * 8 / 10)));
            }
        }
        return turns;
    }

    private static List<String> sentences(List<Case> cases) {
        List<String> out = new ArrayList<>();
        for (Case c : cases) {
            for (NarrativeBlock b : c.narrative()) {
                for (String s : b.text().split("(?<=[.!?])\\s+")) {
                    if (s.length() >= 40 && s.length() <= 240) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    private static void check(Session s) {
        SessionFormat format = new SessionFormat(MESSAGES);
        try {
            format.read("generated", format.write(s));
        } catch (FileProblemException e) {
            throw new IllegalStateException("generated session is invalid: " + e.problems(), e);
        }
    }
}
