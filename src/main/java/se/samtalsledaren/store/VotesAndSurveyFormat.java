package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.AnswerCounts;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.DotVote;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.SurveyComment;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.VoteRun;
import se.samtalsledaren.model.VoteTally;

/**
 * The {@code dotVote} and {@code survey} parts of a session file (format 4,
 * {@code docs/session-format.md}): written as JSON trees, and read from trees the schema has
 * checked, with the checks the schema cannot make (references, time order, dot limits) located by
 * line:column and field. The survey holds no participant id: answers are counts per role.
 */
final class VotesAndSurveyFormat {
    private VotesAndSurveyFormat() {}

    /** Where a reader reports a problem: the node, the field's path and the message. */
    interface Problems {
        void problem(JsonNode node, String field, String message);
    }

    /** Parses an instant, reporting (and returning null for) a bad one. */
    interface Instants {
        Instant instant(JsonNode node, String field);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static ObjectNode write(DotVote vote) {
        ObjectNode o = NODES.objectNode();
        ArrayNode runs = o.putArray("runs");
        for (VoteRun r : vote.runs()) {
            ObjectNode run = runs.addObject().put("opened", Timestamps.format(r.opened()));
            if (r.closed() != null) {
                run.put("closed", Timestamps.format(r.closed()));
            }
            run.put("dots", r.dots()).put("stack", r.stack());
            ArrayNode solutions = run.putArray("solutions");
            r.solutionIds().forEach(solutions::add);
            if (r.open()) {
                ObjectNode ballots = run.putObject("ballots");
                r.ballots().forEach((participant, ballot) -> {
                    ObjectNode b = ballots.putObject(participant);
                    ballot.forEach(b::put);
                });
            } else {
                ArrayNode voters = run.putArray("voters");
                r.voters().forEach(voters::add);
                ArrayNode result = run.putArray("result");
                for (VoteTally t : r.result()) {
                    result.addObject().put("solution", t.solutionId()).put("text", t.text()).set("dots", roles(t.dots()));
                }
            }
        }
        return o;
    }

    static ObjectNode write(Survey survey) {
        ObjectNode o = NODES.objectNode().put("title", survey.title());
        ArrayNode questions = o.putArray("questions");
        for (SurveyQuestion q : survey.questions()) {
            ObjectNode question = questions.addObject().put("id", q.id());
            if (!q.number().isEmpty()) {
                question.put("number", q.number());
            }
            question.put("text", q.text());
        }
        ArrayNode rounds = o.putArray("rounds");
        for (SurveyRound r : survey.rounds()) {
            ObjectNode round = rounds.addObject().put("round", r.when().key()).put("opened", Timestamps.format(r.opened()));
            if (r.closed() != null) {
                round.put("closed", Timestamps.format(r.closed()));
            }
            round.set("respondents", roles(r.respondents()));
            ArrayNode answers = round.putArray("answers");
            // Question order, then role order: the same answers always give the same file.
            for (SurveyQuestion q : survey.questions()) {
                for (Role role : Role.values()) {
                    AnswerCounts c = r.counts(q.id(), role);
                    if (!c.isEmpty()) {
                        ArrayNode counts = answers.addObject().put("question", q.id()).put("role", role.key()).putArray("counts");
                        c.counts().forEach(counts::add);
                    }
                }
            }
            ArrayNode comments = round.putArray("comments");
            for (SurveyComment c : r.comments()) {
                comments.addObject().put("id", c.id()).put("question", c.questionId()).put("text", c.text()).put("quoted", c.quoted());
            }
        }
        return o;
    }

    private static ObjectNode roles(Map<Role, Integer> byRole) {
        ObjectNode o = NODES.objectNode();
        byRole.forEach((role, n) -> o.put(role.key(), n));
        return o;
    }

    /** Reads the two parts of one file; ids share the file's sets of participant and item ids. */
    static final class Reader {
        private final Messages messages;
        private final Problems problems;
        private final Instants instants;
        private final Set<String> participantIds;
        private final Set<String> itemIds;
        private int reported;

        Reader(Messages messages, Problems problems, Instants instants, Set<String> participantIds, Set<String> itemIds) {
            this.messages = messages;
            this.problems = (node, field, message) -> {
                reported++;
                problems.problem(node, field, message);
            };
            this.instants = (node, field) -> {
                int before = reported;
                Instant t = instants.instant(node, field);
                if (t == null && before == reported) {
                    reported++; // the caller's parser reported it
                }
                return t;
            };
            this.participantIds = participantIds;
            this.itemIds = itemIds;
        }

        private void problem(JsonNode node, String field, String key, Object... args) {
            problems.problem(node, field, messages.get(key, args));
        }

        DotVote dotVote(JsonNode v) {
            int start = reported;
            List<VoteRun> runs = new ArrayList<>();
            JsonNode array = v.get("runs");
            Instant previousClose = null;
            for (int k = 0; k < array.size(); k++) {
                JsonNode run = array.get(k);
                String path = "$.dotVote.runs[" + k + "]";
                int before = reported;
                Instant opened = instants.instant(run.get("opened"), path + ".opened");
                Instant closed = run.has("closed") ? instants.instant(run.get("closed"), path + ".closed") : null;
                if (reported != before) {
                    continue;
                }
                if (closed != null && closed.isBefore(opened)) {
                    problem(run, path, "voteRunEnd");
                } else if (closed == null && k != array.size() - 1) {
                    problem(run, path, "voteRunOpen");
                } else if (previousClose != null && opened.isBefore(previousClose)) {
                    problem(run, path, "voteRunOrder");
                }
                previousClose = closed;
                int dots = run.get("dots").asInt();
                boolean stack = run.get("stack").asBoolean();
                List<String> solutions = new ArrayList<>();
                for (JsonNode s : run.get("solutions")) {
                    if (solutions.contains(s.asText())) {
                        problem(s, path + ".solutions", "duplicateItemId", s.asText());
                    }
                    solutions.add(s.asText());
                }
                Map<String, Map<String, Integer>> ballots = ballots(run.path("ballots"), path, solutions, dots, stack);
                List<String> voters = new ArrayList<>();
                List<VoteTally> result = new ArrayList<>();
                if (closed != null) {
                    if (!run.path("ballots").isEmpty()) {
                        problem(run.get("ballots"), path + ".ballots", "closedRunBallots");
                    }
                    voters(run.path("voters"), path, voters);
                    result(run.path("result"), path, solutions, result);
                } else if (!run.path("voters").isEmpty() || !run.path("result").isEmpty()) {
                    problem(run, path, "openRunResult");
                }
                if (reported == before) {
                    runs.add(new VoteRun(opened, closed, dots, stack, solutions, closed == null ? ballots : Map.of(), voters, result));
                }
            }
            return reported == start ? new DotVote(runs) : DotVote.NONE;
        }

        private Map<String, Map<String, Integer>> ballots(JsonNode node, String path, List<String> solutions, int dots, boolean stack) {
            Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> {
                String field = path + ".ballots." + e.getKey();
                if (!participantIds.contains(e.getKey())) {
                    problem(e.getValue(), field, "unknownParticipant", e.getKey());
                    return;
                }
                Map<String, Integer> ballot = new LinkedHashMap<>();
                int sum = 0;
                var it = e.getValue().fields();
                while (it.hasNext()) {
                    var d = it.next();
                    int n = d.getValue().asInt();
                    if (!solutions.contains(d.getKey())) {
                        problem(d.getValue(), field + "." + d.getKey(), "notVotedOn", d.getKey());
                    } else if (n > 1 && !stack) {
                        problem(d.getValue(), field + "." + d.getKey(), "dotsStacked");
                    }
                    sum += n;
                    ballot.put(d.getKey(), n);
                }
                if (sum > dots) {
                    problem(e.getValue(), field, "tooManyDots", sum, dots);
                }
                out.put(e.getKey(), ballot);
            });
            return out;
        }

        private void voters(JsonNode node, String path, List<String> voters) {
            int k = 0;
            for (JsonNode p : node) {
                String field = path + ".voters[" + k++ + "]";
                if (!participantIds.contains(p.asText())) {
                    problem(p, field, "unknownParticipant", p.asText());
                } else if (voters.contains(p.asText())) {
                    problem(p, field, "duplicateItemId", p.asText());
                } else {
                    voters.add(p.asText());
                }
            }
        }

        private void result(JsonNode node, String path, List<String> solutions, List<VoteTally> result) {
            Set<String> seen = new HashSet<>();
            int k = 0;
            for (JsonNode t : node) {
                String field = path + ".result[" + k++ + "]";
                String solution = t.get("solution").asText();
                if (!solutions.contains(solution)) {
                    problem(t.get("solution"), field + ".solution", "notVotedOn", solution);
                } else if (!seen.add(solution)) {
                    problem(t.get("solution"), field + ".solution", "duplicateItemId", solution);
                } else {
                    result.add(new VoteTally(solution, t.get("text").asText(), roles(t.get("dots"))));
                }
            }
        }

        private static Map<Role, Integer> roles(JsonNode node) {
            Map<Role, Integer> out = new EnumMap<>(Role.class);
            node.fields().forEachRemaining(e -> out.put(Role.fromKey(e.getKey()).orElseThrow(), e.getValue().asInt()));
            return out;
        }

        Survey survey(JsonNode s) {
            int before = reported;
            List<SurveyQuestion> questions = new ArrayList<>();
            Set<String> questionIds = new HashSet<>();
            int k = 0;
            for (JsonNode q : s.get("questions")) {
                String path = "$.survey.questions[" + k++ + "]";
                String id = q.get("id").asText();
                if (!itemIds.add(id)) {
                    problem(q.get("id"), path + ".id", "duplicateItemId", id);
                } else if (q.get("text").asText().isBlank()) {
                    problem(q.get("text"), path + ".text", "emptyText");
                } else {
                    questionIds.add(id);
                    questions.add(new SurveyQuestion(id, q.path("number").asText(""), q.get("text").asText()));
                }
            }
            List<SurveyRound> rounds = new ArrayList<>();
            Set<BeforeAfter> seen = new HashSet<>();
            boolean anyOpen = false;
            k = 0;
            for (JsonNode r : s.get("rounds")) {
                String path = "$.survey.rounds[" + k++ + "]";
                int roundBefore = reported;
                BeforeAfter when = BeforeAfter.fromKey(r.get("round").asText()).orElseThrow();
                if (!seen.add(when)) {
                    problem(r.get("round"), path + ".round", "roundTwice", when.key());
                }
                Instant opened = instants.instant(r.get("opened"), path + ".opened");
                Instant closed = r.has("closed") ? instants.instant(r.get("closed"), path + ".closed") : null;
                if (reported != roundBefore) {
                    continue;
                }
                if (closed != null && closed.isBefore(opened)) {
                    problem(r, path, "roundEnd");
                } else if (closed == null && anyOpen) {
                    problem(r, path, "roundsOpen");
                }
                anyOpen |= closed == null;
                List<AnswerCounts> answers = new ArrayList<>();
                Set<String> counted = new HashSet<>();
                int a = 0;
                for (JsonNode c : r.path("answers")) {
                    String field = path + ".answers[" + a++ + "]";
                    String question = c.get("question").asText();
                    Role role = Role.fromKey(c.get("role").asText()).orElseThrow();
                    if (!questionIds.contains(question)) {
                        problem(c.get("question"), field + ".question", "unknownQuestion", question);
                    } else if (!counted.add(question + "\u0000" + role.key())) {
                        problem(c, field, "countsTwice", question, role.key());
                    } else {
                        List<Integer> counts = new ArrayList<>();
                        c.get("counts").forEach(n -> counts.add(n.asInt()));
                        answers.add(new AnswerCounts(question, role, counts));
                    }
                }
                List<SurveyComment> comments = new ArrayList<>();
                a = 0;
                for (JsonNode c : r.path("comments")) {
                    String field = path + ".comments[" + a++ + "]";
                    String id = c.get("id").asText();
                    String question = c.get("question").asText();
                    if (!itemIds.add(id)) {
                        problem(c.get("id"), field + ".id", "duplicateItemId", id);
                    } else if (!questionIds.contains(question)) {
                        problem(c.get("question"), field + ".question", "unknownQuestion", question);
                    } else if (c.get("text").asText().isBlank()) {
                        problem(c.get("text"), field + ".text", "emptyText");
                    } else {
                        comments.add(new SurveyComment(id, question, c.get("text").asText(), c.path("quoted").asBoolean(false)));
                    }
                }
                if (reported == roundBefore) {
                    rounds.add(new SurveyRound(when, opened, closed, roles(r.path("respondents")), answers, comments));
                }
            }
            return reported == before ? new Survey(s.path("title").asText(""), questions, rounds) : Survey.NONE;
        }
    }
}
