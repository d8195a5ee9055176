package se.samtalsledaren.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A case session: who, when, the plan, everything noted in each step, the solutions with their
 * ranking, votes and consequences, the agreements, and the honest time log. Immutable; the
 * session logic produces a new value for every change.
 *
 * @param addedMinutes minutes added to a phase's plan during the session
 * @param notes        notes per discussion step (STEP_1..STEP_5)
 * @param solutions    proposed solutions; list order is the priority ranking
 * @param current      the phase the group is in
 * @param floor        the speaker queue, the current speaker and the speaking log
 * @param preparations the participants' own preparations the facilitator imported
 * @param dotVote      the dot vote on the solutions (step 4), every run of it
 * @param survey       the pulse survey, its questions and its före and efter rounds
 */
public record Session(
        String id,
        CaseRef caseRef,
        SessionInfo info,
        List<Participant> participants,
        TimePlan plan,
        Map<Phase, Integer> addedMinutes,
        Map<Phase, List<Note>> notes,
        List<Solution> solutions,
        List<Agreement> agreements,
        List<TimeSegment> timeLog,
        Phase current,
        Floor floor,
        List<Preparation> preparations,
        DotVote dotVote,
        Survey survey) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(floor, "floor");
        participants = List.copyOf(participants);
        EnumMap<Phase, Integer> added = new EnumMap<>(Phase.class);
        addedMinutes.forEach((p, m) -> {
            if (m != null && m != 0) {
                added.put(p, m);
            }
        });
        addedMinutes = Collections.unmodifiableMap(added);
        EnumMap<Phase, List<Note>> n = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            if (p.isStep()) {
                n.put(p, List.copyOf(notes.getOrDefault(p, List.of())));
            } else if (notes.containsKey(p) && !notes.get(p).isEmpty()) {
                throw new IllegalArgumentException("notes belong to discussion steps, not " + p.key());
            }
        }
        notes = Collections.unmodifiableMap(n);
        solutions = List.copyOf(solutions);
        agreements = List.copyOf(agreements);
        timeLog = List.copyOf(timeLog);
        preparations = List.copyOf(preparations);
        dotVote = dotVote == null ? DotVote.NONE : dotVote;
        survey = survey == null ? Survey.NONE : survey;
    }

    /** A session without a dot vote or a survey. */
    public Session(String id, CaseRef caseRef, SessionInfo info, List<Participant> participants, TimePlan plan,
                   Map<Phase, Integer> addedMinutes, Map<Phase, List<Note>> notes, List<Solution> solutions,
                   List<Agreement> agreements, List<TimeSegment> timeLog, Phase current, Floor floor, List<Preparation> preparations) {
        this(id, caseRef, info, participants, plan, addedMinutes, notes, solutions, agreements, timeLog, current, floor, preparations,
                DotVote.NONE, Survey.NONE);
    }

    /** A session without imported preparations. */
    public Session(String id, CaseRef caseRef, SessionInfo info, List<Participant> participants, TimePlan plan,
                   Map<Phase, Integer> addedMinutes, Map<Phase, List<Note>> notes, List<Solution> solutions,
                   List<Agreement> agreements, List<TimeSegment> timeLog, Phase current, Floor floor) {
        this(id, caseRef, info, participants, plan, addedMinutes, notes, solutions, agreements, timeLog, current, floor, List.of());
    }

    /** A new session on a case, before anything has happened. */
    public static Session start(String id, CaseRef caseRef, SessionInfo info, List<Participant> participants, TimePlan plan) {
        return new Session(id, caseRef, info, participants, plan, Map.of(), Map.of(), List.of(), List.of(), List.of(),
                Phase.PREPARATION, Floor.EMPTY);
    }

    /** The participant with {@code participantId}, if the session has one. */
    public java.util.Optional<Participant> participant(String participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    public List<Note> notesFor(Phase step) {
        return notes.getOrDefault(step, List.of());
    }

    public int plannedMinutes(Phase p) {
        return plan.plannedMinutes(p) + addedMinutes.getOrDefault(p, 0);
    }

    public Session withInfo(SessionInfo i) {
        return new Session(id, caseRef, i, participants, plan, addedMinutes, notes, solutions, agreements, timeLog, current, floor, preparations, dotVote, survey);
    }

    public Session withParticipants(List<Participant> ps) {
        return new Session(id, caseRef, info, ps, plan, addedMinutes, notes, solutions, agreements, timeLog, current, floor, preparations, dotVote, survey);
    }

    public Session withPlan(TimePlan p) {
        return new Session(id, caseRef, info, participants, p, addedMinutes, notes, solutions, agreements, timeLog, current, floor, preparations, dotVote, survey);
    }

    public Session withAddedMinutes(Map<Phase, Integer> a) {
        return new Session(id, caseRef, info, participants, plan, a, notes, solutions, agreements, timeLog, current, floor, preparations, dotVote, survey);
    }

    public Session withNotes(Phase step, List<Note> list) {
        EnumMap<Phase, List<Note>> n = new EnumMap<>(notes);
        n.put(step, list);
        return new Session(id, caseRef, info, participants, plan, addedMinutes, n, solutions, agreements, timeLog, current, floor, preparations, dotVote, survey);
    }

    public Session withSolutions(List<Solution> s) {
        return new Session(id, caseRef, info, participants, plan, addedMinutes, notes, s, agreements, timeLog, current, floor, preparations, dotVote, survey);
    }

    public Session withAgreements(List<Agreement> a) {
        return new Session(id, caseRef, info, participants, plan, addedMinutes, notes, solutions, a, timeLog, current, floor, preparations, dotVote, survey);
    }

    public Session withTimeLog(List<TimeSegment> log, Phase now) {
        return new Session(id, caseRef, info, participants, plan, addedMinutes, notes, solutions, agreements, log, now, floor, preparations, dotVote, survey);
    }

    public Session withPreparations(List<Preparation> p) {
        return new Session(id, caseRef, info, participants, plan, addedMinutes, notes, solutions, agreements, timeLog, current, floor, p, dotVote, survey);
    }

    public Session withDotVote(DotVote v) {
        return new Session(id, caseRef, info, participants, plan, addedMinutes, notes, solutions, agreements, timeLog, current, floor, preparations, v, survey);
    }

    public Session withSurvey(Survey s) {
        return new Session(id, caseRef, info, participants, plan, addedMinutes, notes, solutions, agreements, timeLog, current, floor, preparations, dotVote, s);
    }

    public Session withFloor(Floor f) {
        return new Session(id, caseRef, info, participants, plan, addedMinutes, notes, solutions, agreements, timeLog, current, f, preparations, dotVote, survey);
    }
}
