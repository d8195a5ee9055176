package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.JsonOutput;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.SchemaCheck;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.DotVote;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.SpeakingTurn;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.model.TimeSegment;

/**
 * The session file format (version 4; older files are migrated by {@link SessionMigrations})
 * ({@code docs/session-format.md}, schema
 * {@code session.schema.json}): reads untrusted session files with every problem located by
 * line:column and field, and writes sessions as pretty-printed UTF-8 JSON.
 */
public final class SessionFormat {
    public static final int FORMAT_VERSION = 4;
    /** The earliest and latest dates a session file may hold (session date, agreements' due dates). */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** The earliest time a log may hold: 1970, where a computer whose clock was reset starts. */
    public static final Instant FIRST_INSTANT = Instant.EPOCH;
    public static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    /** The longest a time-log segment or a speaking turn may be (a clock left running over a holiday). */
    public static final java.time.Duration LONGEST_STRETCH = se.samtalsledaren.model.TimeSegment.LONGEST;
    public static final String SCHEMA_RESOURCE = "se/samtalsledaren/store/session.schema.json";

    private final StrictJson json;
    private final SchemaCheck schema;
    private final Messages messages;
    private final SessionMigrations migrations;
    private final PreparationFormat preparationFormat;
    private final ObjectMapper mapper = JsonOutput.mapper();

    public SessionFormat(Messages messages) {
        this.messages = messages;
        this.preparationFormat = new PreparationFormat(messages);
        this.json = new StrictJson(StrictJson.Limits.SESSION_FILE, messages);
        this.schema = new SchemaCheck(SCHEMA_RESOURCE, messages);
        this.migrations = new SessionMigrations(messages);
    }

    /** A session read from a file, and the format version the file had before migration. */
    public record Read(Session session, int fileVersion) {
        /** Whether the file was written in an older format (and so was migrated on reading). */
        public boolean migrated() {
            return fileVersion > 0 && fileVersion < FORMAT_VERSION;
        }
    }

    public Session read(String file, byte[] bytes) throws FileProblemException {
        return readVersioned(file, bytes).session();
    }

    /**
     * Reads a session file: strict JSON, then {@link SessionMigrations} up to the current format
     * (a newer format is refused), then the schema check and the semantic checks.
     */
    public Read readVersioned(String file, byte[] bytes) throws FileProblemException {
        return read(file, (ObjectNode) json.readObject(file, bytes));
    }

    /**
     * Checks that {@code bytes}, written by {@link #write}, would be read back: the same checks as
     * {@link #read}, on a tree that does not record locations (the saves' read-back, done on
     * every autosave). When it fails, the bytes are read again with locations, so that the
     * problem reported names its line and column.
     */
    public void verify(String file, byte[] bytes) throws FileProblemException {
        try {
            read(file, (ObjectNode) json.readObjectUnlocated(file, bytes));
        } catch (FileProblemException unlocated) {
            readVersioned(file, bytes);
            throw unlocated;
        }
    }

    private Read read(String file, ObjectNode root) throws FileProblemException {
        int fileVersion = migrations.migrate(file, root);
        List<FileProblem> problems = new ArrayList<>(schema.check(file, root));
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        Reader reader = new Reader(file);
        Session session = reader.session(root);
        if (!reader.problems.isEmpty()) {
            throw new FileProblemException(reader.problems);
        }
        return new Read(session, fileVersion);
    }

    /** Converts a validated tree, collecting semantic problems (references, dates, time order). */
    private final class Reader {
        final String file;
        final List<FileProblem> problems = new ArrayList<>();
        final Set<String> participantIds = new HashSet<>();
        final Set<String> itemIds = new HashSet<>();
        final VotesAndSurveyFormat.Reader votesAndSurvey;

        Reader(String file) {
            this.file = file;
            this.votesAndSurvey = new VotesAndSurveyFormat.Reader(messages, this::problem, this::instant, participantIds, itemIds);
        }

        void problem(JsonNode node, String field, String message) {
            int[] lc = StrictJson.location(node);
            problems.add(new FileProblem(file, lc[0], lc[1], field, message));
        }

        Session session(JsonNode n) {
            JsonNode c = n.get("case");
            CaseRef caseRef = new CaseRef(c.get("id").asText(), c.get("number").asInt(), c.get("title").asText());
            SessionInfo info = new SessionInfo(n.path("title").asText(""), date(n.get("date"), "$.date"),
                    n.path("place").asText(""), n.path("facilitator").asText(""));
            List<Participant> participants = new ArrayList<>();
            int i = 0;
            for (JsonNode p : n.get("participants")) {
                String id = p.get("id").asText();
                if (!participantIds.add(id)) {
                    problem(p.get("id"), "$.participants[" + i + "].id", messages.get("duplicateItemId", id));
                }
                participants.add(new Participant(id, p.get("name").asText(), Role.fromKey(p.get("role").asText()).orElseThrow(),
                        p.path("organisation").asText("")));
                i++;
            }
            JsonNode tp = n.get("timePlan");
            Map<Phase, Integer> minutes = new EnumMap<>(Phase.class);
            tp.get("minutes").fields().forEachRemaining(e -> minutes.put(Phase.fromKey(e.getKey()).orElseThrow(), e.getValue().asInt()));
            TimePlan plan = new TimePlan(tp.get("totalMinutes").asInt(), minutes);
            Map<Phase, Integer> added = new EnumMap<>(Phase.class);
            n.path("addedMinutes").fields().forEachRemaining(e -> {
                Phase phase = Phase.fromKey(e.getKey()).orElseThrow();
                int sum = plan.plannedMinutes(phase) + e.getValue().asInt();
                if (sum < 0) {
                    problem(e.getValue(), "$.addedMinutes." + e.getKey(), messages.get("minutesNegative",
                            plan.plannedMinutes(phase), e.getValue().asInt(), sum));
                }
                added.put(phase, e.getValue().asInt());
            });

            Map<Phase, List<Note>> notes = new EnumMap<>(Phase.class);
            n.get("notes").fields().forEachRemaining(e -> {
                Phase step = Phase.fromKey(e.getKey()).orElseThrow();
                List<Note> list = new ArrayList<>();
                int k = 0;
                for (JsonNode note : e.getValue()) {
                    String path = "$.notes." + e.getKey() + "[" + k++ + "]";
                    list.add(new Note(itemId(note, path), note.get("text").asText(), participantRef(note, path),
                            note.has("dimension") ? Dimension.fromKey(note.get("dimension").asText()).orElseThrow() : null));
                }
                notes.put(step, list);
            });
            List<Solution> solutions = new ArrayList<>();
            int k = 0;
            for (JsonNode s : n.get("solutions")) {
                String path = "$.solutions[" + k++ + "]";
                Map<String, Integer> votes = new LinkedHashMap<>();
                s.path("votes").fields().forEachRemaining(v -> {
                    if (!participantIds.contains(v.getKey())) {
                        problem(v.getValue(), path + ".votes." + v.getKey(), messages.get("unknownParticipant", v.getKey()));
                    }
                    votes.put(v.getKey(), v.getValue().asInt());
                });
                JsonNode cq = s.path("consequences");
                solutions.add(new Solution(itemId(s, path), s.get("text").asText(), participantRef(s, path),
                        s.has("horizon") ? Horizon.fromKey(s.get("horizon").asText()).orElseThrow() : null, votes,
                        s.path("chosen").asBoolean(false),
                        new Consequences(cq.path("forWhom").asText(""), cq.path("risks").asText(""), cq.path("followUp").asText(""))));
            }
            List<Agreement> agreements = new ArrayList<>();
            k = 0;
            for (JsonNode a : n.get("agreements")) {
                String path = "$.agreements[" + k++ + "]";
                agreements.add(new Agreement(itemId(a, path), a.get("what").asText(), a.path("who").asText(""),
                        a.has("due") ? date(a.get("due"), path + ".due") : null));
            }
            List<TimeSegment> log = timeLog(n.get("timeLog"));
            Phase current = Phase.fromKey(n.get("currentPhase").asText()).orElseThrow();
            Floor floor = n.has("floor") ? floor(n.get("floor"), log) : Floor.EMPTY;
            List<Preparation> preparations = preparations(n.path("preparations"), caseRef);
            DotVote dotVote = n.has("dotVote") ? votesAndSurvey.dotVote(n.get("dotVote")) : DotVote.NONE;
            Survey survey = n.has("survey") ? votesAndSurvey.survey(n.get("survey")) : Survey.NONE;
            if (!problems.isEmpty()) {
                return null;
            }
            return new Session(n.get("id").asText(), caseRef, info, participants, plan, added, notes, solutions, agreements, log,
                    current, floor, preparations, dotVote, survey);
        }

        /** Each imported preparation is checked against the preparation file schema and the session's case. */
        private List<Preparation> preparations(JsonNode array, CaseRef caseRef) {
            List<Preparation> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int k = 0;
            for (JsonNode item : array) {
                String path = "$.preparations[" + k++ + "]";
                Preparation p = preparationFormat.read(file, item, path, problems);
                if (p == null) {
                    continue;
                }
                if (!p.caseRef().id().equals(caseRef.id())) {
                    problem(item.get("case"), path + ".case.id", messages.get("otherCase",
                            p.caseRef().number() + " " + p.caseRef().title(), caseRef.number() + " " + caseRef.title()));
                } else if (!ids.add(p.id())) {
                    problem(item.get("id"), path + ".id", messages.get("duplicateItemId", p.id()));
                } else {
                    out.add(p);
                }
            }
            return out;
        }

        private Floor floor(JsonNode f, List<TimeSegment> sessionLog) {
            // Turns are spoken while the session's clock runs: from its first segment's start to,
            // once the clock is stopped, its last segment's end.
            Instant sessionStart = sessionLog.isEmpty() ? null : sessionLog.get(0).start();
            TimeSegment lastSegment = sessionLog.isEmpty() ? null : sessionLog.get(sessionLog.size() - 1);
            Instant sessionEnd = lastSegment == null ? null : lastSegment.end();
            Map<Phase, Integer> perStep = new EnumMap<>(Phase.class);
            f.path("stepSlotSeconds").fields().forEachRemaining(e -> perStep.put(Phase.fromKey(e.getKey()).orElseThrow(), e.getValue().asInt()));
            List<String> queue = new ArrayList<>();
            int k = 0;
            for (JsonNode q : f.get("queue")) {
                String path = "$.floor.queue[" + k++ + "]";
                String id = q.asText();
                if (!participantIds.contains(id)) {
                    problem(q, path, messages.get("unknownParticipant", id));
                } else if (queue.contains(id)) {
                    problem(q, path, messages.get("queuedTwice", id));
                } else {
                    queue.add(id);
                }
            }
            String speaker = null;
            int slot = 0;
            if (f.has("speaker") != f.has("slot")) {
                problem(f, "$.floor", messages.get("speakerSlot"));
            } else if (f.has("speaker")) {
                speaker = f.get("speaker").asText();
                slot = f.get("slot").asInt();
                if (!participantIds.contains(speaker)) {
                    problem(f.get("speaker"), "$.floor.speaker", messages.get("unknownParticipant", speaker));
                }
            }
            List<SpeakingTurn> log = new ArrayList<>();
            JsonNode array = f.get("log");
            Instant previousEnd = null;
            k = 0;
            for (JsonNode t : array) {
                String path = "$.floor.log[" + k + "]";
                String who = t.get("participant").asText();
                Instant start = instant(t.get("start"), path + ".start");
                Instant end = t.has("end") ? instant(t.get("end"), path + ".end") : null;
                if (!participantIds.contains(who)) {
                    problem(t.get("participant"), path + ".participant", messages.get("unknownParticipant", who));
                } else if (start == null || (t.has("end") && end == null)) {
                    // already reported
                } else if (end != null && end.isBefore(start)) {
                    problem(t, path, messages.get("turnEnd"));
                } else if (end == null && k != array.size() - 1) {
                    problem(t, path, messages.get("turnOpen"));
                } else if (previousEnd != null && start.isBefore(previousEnd)) {
                    problem(t, path, messages.get("turnOrder"));
                } else if (end == null && (speaker == null || !speaker.equals(who) || slot != t.get("slot").asInt())) {
                    problem(t, path, messages.get("turnNotSpeaker"));
                } else if (end != null && tooLong(start, end)) {
                    problem(t, path, messages.get("turnTooLong", LONGEST_STRETCH.toDays()));
                } else if (sessionStart == null || start.isBefore(sessionStart)) {
                    problem(t.get("start"), path + ".start", sessionStart == null ? messages.get("turnWithoutClock")
                            : messages.get("turnBeforeStart", Timestamps.format(sessionStart)));
                } else if (sessionEnd != null && (end == null || end.isAfter(sessionEnd))) {
                    problem(end == null ? t : t.get("end"), end == null ? path : path + ".end",
                            messages.get("turnAfterEnd", Timestamps.format(sessionEnd)));
                } else {
                    log.add(new SpeakingTurn(t.get("slot").asInt(), who, Phase.fromKey(t.get("phase").asText()).orElseThrow(), start, end));
                }
                previousEnd = end;
                k++;
            }
            boolean round = f.path("round").asBoolean(false);
            return new Floor(f.get("slotSeconds").asInt(), perStep, queue, round, round ? f.path("roundSize").asInt(0) : 0,
                    speaker, slot, log);
        }

        private List<TimeSegment> timeLog(JsonNode array) {
            List<TimeSegment> log = new ArrayList<>();
            Instant previousEnd = null;
            int k = 0;
            for (JsonNode s : array) {
                String path = "$.timeLog[" + k + "]";
                Instant start = instant(s.get("start"), path + ".start");
                Instant end = s.has("end") ? instant(s.get("end"), path + ".end") : null;
                if (start == null || (s.has("end") && end == null)) {
                    k++;
                    continue;
                }
                if (end != null && end.isBefore(start)) {
                    problem(s, path, messages.get("segmentEnd"));
                } else if (end != null && tooLong(start, end)) {
                    problem(s, path, messages.get("segmentTooLong", LONGEST_STRETCH.toDays()));
                } else if (end == null && k != array.size() - 1) {
                    problem(s, path, messages.get("segmentOpen"));
                } else if (previousEnd != null && start.isBefore(previousEnd)) {
                    problem(s, path, messages.get("segmentOrder"));
                } else {
                    log.add(new TimeSegment(Phase.fromKey(s.get("phase").asText()).orElseThrow(), start, end));
                }
                previousEnd = end;
                k++;
            }
            return log;
        }

        private String itemId(JsonNode item, String path) {
            String id = item.get("id").asText();
            if (!itemIds.add(id)) {
                problem(item.get("id"), path + ".id", messages.get("duplicateItemId", id));
            }
            return id;
        }

        private String participantRef(JsonNode item, String path) {
            String ref = item.path("participant").asText("");
            if (!ref.isEmpty() && !participantIds.contains(ref)) {
                problem(item.get("participant"), path + ".participant", messages.get("unknownParticipant", ref));
            }
            return ref;
        }

        private boolean tooLong(Instant start, Instant end) {
            return java.time.Duration.between(start, end).compareTo(LONGEST_STRETCH) > 0;
        }

        private LocalDate date(JsonNode node, String field) {
            LocalDate d;
            try {
                d = LocalDate.parse(node.asText());
            } catch (DateTimeParseException e) {
                problem(node, field, messages.get("badDate", node.asText()));
                return LocalDate.EPOCH;
            }
            if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
                problem(node, field, messages.get("dateRange", node.asText(), FIRST_DATE.toString(), LAST_DATE.toString()));
            }
            return d;
        }

        private Instant instant(JsonNode node, String field) {
            Instant t;
            try {
                t = Timestamps.parse(node.asText());
            } catch (DateTimeParseException e) {
                problem(node, field, messages.get("badInstant", node.asText()));
                return null;
            }
            if (t.isBefore(FIRST_INSTANT) || t.isAfter(LAST_INSTANT)) {
                problem(node, field, messages.get("instantRange", node.asText()));
                return null;
            }
            return t;
        }
    }

    /** Serialises a session as a file {@link #read} accepts. */
    public byte[] write(Session s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("formatVersion", FORMAT_VERSION);
        n.put("id", s.id());
        n.putObject("case").put("id", s.caseRef().id()).put("number", s.caseRef().number()).put("title", s.caseRef().title());
        n.put("title", s.info().title());
        n.put("date", s.info().date().toString());
        n.put("place", s.info().place());
        n.put("facilitator", s.info().facilitator());
        ArrayNode participants = n.putArray("participants");
        for (Participant p : s.participants()) {
            participants.addObject().put("id", p.id()).put("name", p.name()).put("role", p.role().key())
                    .put("organisation", p.organisation());
        }
        ObjectNode plan = n.putObject("timePlan");
        plan.put("totalMinutes", s.plan().totalMinutes());
        ObjectNode minutes = plan.putObject("minutes");
        for (Phase p : Phase.values()) {
            minutes.put(p.key(), s.plan().plannedMinutes(p));
        }
        ObjectNode added = n.putObject("addedMinutes");
        s.addedMinutes().forEach((p, m) -> added.put(p.key(), m));
        n.put("currentPhase", s.current().key());
        ObjectNode notes = n.putObject("notes");
        for (Phase p : Phase.values()) {
            if (p.isStep()) {
                ArrayNode list = notes.putArray(p.key());
                for (Note note : s.notesFor(p)) {
                    ObjectNode o = list.addObject().put("id", note.id()).put("text", note.text())
                            .put("participant", note.participantId());
                    if (note.dimension() != null) {
                        o.put("dimension", note.dimension().key());
                    }
                }
            }
        }
        ArrayNode solutions = n.putArray("solutions");
        for (Solution sol : s.solutions()) {
            ObjectNode o = solutions.addObject().put("id", sol.id()).put("text", sol.text()).put("participant", sol.participantId());
            if (sol.horizon() != null) {
                o.put("horizon", sol.horizon().key());
            }
            ObjectNode votes = o.putObject("votes");
            sol.votes().forEach(votes::put);
            o.put("chosen", sol.chosen());
            o.putObject("consequences").put("forWhom", sol.consequences().forWhom())
                    .put("risks", sol.consequences().risks()).put("followUp", sol.consequences().followUp());
        }
        ArrayNode agreements = n.putArray("agreements");
        for (Agreement a : s.agreements()) {
            ObjectNode o = agreements.addObject().put("id", a.id()).put("what", a.what()).put("who", a.who());
            if (a.due() != null) {
                o.put("due", a.due().toString());
            }
        }
        ArrayNode log = n.putArray("timeLog");
        for (TimeSegment seg : s.timeLog()) {
            ObjectNode o = log.addObject().put("phase", seg.phase().key()).put("start", Timestamps.format(seg.start()));
            if (seg.end() != null) {
                o.put("end", Timestamps.format(seg.end()));
            }
        }
        writeFloor(n.putObject("floor"), s.floor());
        if (!s.preparations().isEmpty()) {
            ArrayNode preparations = n.putArray("preparations");
            s.preparations().forEach(p -> preparations.add(preparationFormat.toNode(p)));
        }
        if (!s.dotVote().isEmpty()) {
            n.set("dotVote", VotesAndSurveyFormat.write(s.dotVote()));
        }
        if (!s.survey().isEmpty()) {
            n.set("survey", VotesAndSurveyFormat.write(s.survey()));
        }
        return JsonOutput.pretty(n);
    }

    private static void writeFloor(ObjectNode o, Floor f) {
        o.put("slotSeconds", f.slotSeconds());
        ObjectNode perStep = o.putObject("stepSlotSeconds");
        f.stepSlotSeconds().forEach((p, sec) -> perStep.put(p.key(), sec));
        ArrayNode queue = o.putArray("queue");
        f.queue().forEach(queue::add);
        o.put("round", f.round());
        o.put("roundSize", f.roundSize());
        if (f.speaker() != null) {
            o.put("speaker", f.speaker());
            o.put("slot", f.slot());
        }
        ArrayNode log = o.putArray("log");
        for (SpeakingTurn t : f.log()) {
            ObjectNode to = log.addObject().put("slot", t.slot()).put("participant", t.participantId())
                    .put("phase", t.phase().key()).put("start", Timestamps.format(t.start()));
            if (t.end() != null) {
                to.put("end", Timestamps.format(t.end()));
            }
        }
    }
}
