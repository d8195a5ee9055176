package se.samtalsledaren.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Solution;

/**
 * Several groups' sessions on the same case, side by side: for each discussion step what each
 * group noted, its solutions with rank, horizon and votes, the consequences of those it chose,
 * its agreements, its time per step against its plan and its airtime by role; and the problems
 * (step 2) and solutions several groups share, as {@link Grouping}s a facilitator can correct.
 * Immutable: a corrected grouping gives a new comparison.
 */
public final class Comparison {
    public static final int MIN_SESSIONS = 2;
    public static final int MAX_SESSIONS = 12;

    /** A session to compare and where it came from (its file, as the user knows it). */
    public record Source(String name, Session session) {
        public Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(session, "session");
        }
    }

    /**
     * One group: its place in the comparison (0-based), its source, what tells it apart from the
     * others ({@link #detail}: the first of title, facilitator, place and file name that differs
     * between all the sessions), its session, time per step and airtime by role.
     */
    public record Group(int index, String source, String detail, Session session, StepTimes times, RoleAirtime airtime) {
        /** How many participants had {@code role}. */
        public int people(Role role) {
            return (int) session.participants().stream().filter(p -> p.role() == role).count();
        }
    }

    /** What is grouped across the sessions: the problems named in step 2, or the solutions. */
    public enum Kind { PROBLEMS, SOLUTIONS }

    /** One entry in a group's column of a step. {@code tag} is the shared cluster's number (1…), or 0. */
    public sealed interface Entry {
        /** A note of the step and who said it (null when nobody was named). */
        record NoteEntry(Note note, Participant by, int tag) implements Entry {}

        /** A proposed solution; {@code rank} is its place in the group's priority order (1 = first). */
        record SolutionEntry(Solution solution, int rank, Participant by, int tag) implements Entry {}

        /** The consequences the group found for a solution it chose (step 5). */
        record ConsequenceEntry(Solution solution, int rank, int tag) implements Entry {}

        /** An agreement of the closing. */
        record AgreementEntry(Agreement agreement) implements Entry {}
    }

    /** One group's column of a step: its time there against its plan, and its entries. */
    public record Column(Group group, Duration used, int planned, List<Entry> entries) {
        public Column {
            entries = List.copyOf(entries);
        }
    }

    /** A phase side by side: one column per group, in the comparison's order. */
    public record StepColumns(Phase phase, List<Column> columns) {
        public StepColumns {
            columns = List.copyOf(columns);
        }
    }

    private final CaseRef caseRef;
    private final List<Group> groups;
    private final Map<Kind, Grouping> groupings;
    private final Map<Kind, Map<Grouping.Ref, String>> texts;

    private Comparison(CaseRef caseRef, List<Group> groups, Map<Kind, Grouping> groupings, Map<Kind, Map<Grouping.Ref, String>> texts) {
        this.caseRef = caseRef;
        this.groups = List.copyOf(groups);
        this.groupings = groupings.isEmpty() ? new EnumMap<>(Kind.class) : new EnumMap<>(groupings);
        this.texts = texts;
    }

    /** Reads one session file, or says what is wrong with it. */
    @FunctionalInterface
    public interface SessionReader {
        Session read(java.nio.file.Path file) throws FileProblemException;
    }

    /**
     * Reads the session files (several at a time: twelve three-hour files take most of the time a
     * comparison takes) and compares them. Every file is read before anything is refused, so the
     * problems name each broken file, in the order given, and then each session of another case.
     */
    public static Comparison open(List<java.nio.file.Path> files, SessionReader reader, Messages messages)
            throws FileProblemException {
        record Read(Source source, List<FileProblem> problems) {}
        List<Read> read = files.parallelStream().map(f -> {
            try {
                return new Read(new Source(f.toString(), reader.read(f)), List.of());
            } catch (FileProblemException e) {
                return new Read(null, e.problems());
            }
        }).toList();
        List<FileProblem> problems = new ArrayList<>();
        read.forEach(r -> problems.addAll(r.problems()));
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        return of(read.stream().map(Read::source).toList(), messages);
    }

    /**
     * Compares {@value #MIN_SESSIONS}–{@value #MAX_SESSIONS} sessions of one case, with the
     * groupings suggested by word overlap. A session of another case than the first is refused:
     * one problem per such session, naming its file and both cases.
     *
     * @throws IllegalArgumentException when there are too few or too many sessions
     */
    public static Comparison of(List<Source> sources, Messages messages) throws FileProblemException {
        if (sources.size() < MIN_SESSIONS || sources.size() > MAX_SESSIONS) {
            throw new IllegalArgumentException("compare " + MIN_SESSIONS + "–" + MAX_SESSIONS + " sessions, not " + sources.size());
        }
        CaseRef first = sources.get(0).session().caseRef();
        List<FileProblem> problems = new ArrayList<>();
        for (Source s : sources.subList(1, sources.size())) {
            CaseRef c = s.session().caseRef();
            if (!c.id().equals(first.id())) {
                problems.add(FileProblem.wholeFile(s.name(), messages.get("compareOtherCase", c.number(), c.title(),
                        first.number(), first.title(), sources.get(0).name())));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        List<String> details = details(sources);
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Session s = sources.get(i).session();
            groups.add(new Group(i, sources.get(i).name(), details.get(i), s, StepTimes.of(s), RoleAirtime.of(s)));
        }
        Map<Kind, Map<Grouping.Ref, String>> texts = new EnumMap<>(Kind.class);
        texts.put(Kind.PROBLEMS, new java.util.LinkedHashMap<>());
        texts.put(Kind.SOLUTIONS, new java.util.LinkedHashMap<>());
        for (Group g : groups) {
            for (Note n : g.session().notesFor(Phase.STEP_2)) {
                texts.get(Kind.PROBLEMS).put(new Grouping.Ref(g.index(), n.id()), n.text());
            }
            for (Solution sol : g.session().solutions()) {
                texts.get(Kind.SOLUTIONS).put(new Grouping.Ref(g.index(), sol.id()), sol.text());
            }
        }
        Comparison c = new Comparison(first, groups, Map.of(), texts);
        EnumMap<Kind, Grouping> suggested = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            suggested.put(k, c.suggestion(k));
        }
        return new Comparison(first, groups, suggested, texts);
    }

    /** What tells each session apart: the first field that is set and differs in all of them. */
    private static List<String> details(List<Source> sources) {
        List<Function<Source, String>> fields = List.of(s -> s.session().info().title(), s -> s.session().info().facilitator(),
                s -> s.session().info().place(), s -> fileName(s.name()));
        for (Function<Source, String> f : fields) {
            List<String> values = sources.stream().map(f).map(String::strip).toList();
            if (values.stream().noneMatch(String::isEmpty) && values.stream().distinct().count() == values.size()) {
                return values;
            }
        }
        return sources.stream().map(s -> fileName(s.name())).toList();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    public CaseRef caseRef() {
        return caseRef;
    }

    public List<Group> groups() {
        return groups;
    }

    /** The current grouping of problems or solutions. */
    public Grouping grouping(Kind kind) {
        return groupings.get(kind);
    }

    /** The grouping word overlap suggests, whatever has been corrected since. */
    public Grouping suggestion(Kind kind) {
        List<Grouping.Item> items = new ArrayList<>();
        texts.get(kind).forEach((ref, text) -> items.add(new Grouping.Item(ref, text)));
        return Grouping.suggest(items, Grouping.SUGGESTION_THRESHOLD);
    }

    /** This comparison with a corrected grouping (of the same items). */
    public Comparison with(Kind kind, Grouping grouping) {
        if (!grouping.items().equals(groupings.get(kind).items())) {
            throw new IllegalArgumentException("the grouping is of other items");
        }
        EnumMap<Kind, Grouping> next = new EnumMap<>(groupings);
        next.put(kind, grouping);
        return new Comparison(caseRef, groups, next, texts);
    }

    /** The text of a problem or solution. */
    public String text(Kind kind, Grouping.Ref ref) {
        String t = texts.get(kind).get(ref);
        if (t == null) {
            throw new IllegalArgumentException("no " + kind + " item " + ref);
        }
        return t;
    }

    /** The number of the shared cluster holding {@code ref} (1 for the first shared cluster), or 0. */
    public int tag(Kind kind, Grouping.Ref ref) {
        List<Grouping.Cluster> shared = groupings.get(kind).shared();
        for (int i = 0; i < shared.size(); i++) {
            if (shared.get(i).contains(ref)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The numbers of the shared clusters per item, for building many columns at once. */
    private Map<Grouping.Ref, Integer> tags(Kind kind) {
        Map<Grouping.Ref, Integer> out = new HashMap<>();
        List<Grouping.Cluster> shared = groupings.get(kind).shared();
        for (int i = 0; i < shared.size(); i++) {
            for (Grouping.Ref r : shared.get(i).members()) {
                out.put(r, i + 1);
            }
        }
        return out;
    }

    /**
     * A phase side by side. Step 1: the notes. Step 2: the problems noted, tagged with their
     * shared cluster. Step 3: the solutions proposed, then the step's notes. Step 4: the solutions
     * in priority order with horizon, votes and whether chosen, then the notes. Step 5: the
     * consequences of each chosen solution, then the notes. Closing: the agreements. Preparation
     * has no entries.
     */
    public StepColumns step(Phase phase) {
        Map<Grouping.Ref, Integer> problemTags = phase == Phase.STEP_2 ? tags(Kind.PROBLEMS) : Map.of();
        Map<Grouping.Ref, Integer> solutionTags = phase.step() >= 3 ? tags(Kind.SOLUTIONS) : Map.of();
        List<Column> columns = new ArrayList<>();
        for (Group g : groups) {
            Session s = g.session();
            Map<String, Participant> people = new HashMap<>();
            s.participants().forEach(p -> people.put(p.id(), p));
            List<Entry> entries = new ArrayList<>();
            List<Solution> solutions = s.solutions();
            switch (phase) {
                case STEP_3, STEP_4 -> {
                    for (int i = 0; i < solutions.size(); i++) {
                        Solution sol = solutions.get(i);
                        entries.add(new Entry.SolutionEntry(sol, i + 1, people.get(sol.participantId()),
                                solutionTags.getOrDefault(new Grouping.Ref(g.index(), sol.id()), 0)));
                    }
                }
                case STEP_5 -> {
                    for (int i = 0; i < solutions.size(); i++) {
                        Solution sol = solutions.get(i);
                        if (sol.chosen()) {
                            entries.add(new Entry.ConsequenceEntry(sol, i + 1,
                                    solutionTags.getOrDefault(new Grouping.Ref(g.index(), sol.id()), 0)));
                        }
                    }
                }
                case CLOSING -> s.agreements().forEach(a -> entries.add(new Entry.AgreementEntry(a)));
                default -> { }
            }
            if (phase.isStep()) {
                for (Note n : s.notesFor(phase)) {
                    entries.add(new Entry.NoteEntry(n, people.get(n.participantId()),
                            problemTags.getOrDefault(new Grouping.Ref(g.index(), n.id()), 0)));
                }
            }
            columns.add(new Column(g, g.times().used(phase), g.times().planned(phase), entries));
        }
        return new StepColumns(phase, columns);
    }
}
