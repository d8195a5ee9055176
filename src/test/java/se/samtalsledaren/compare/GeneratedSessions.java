package se.samtalsledaren.compare;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Horizon;
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

/** Sessions made in code for the comparison's logic tests: only what a test sets differs. */
final class GeneratedSessions {
    static final CaseRef CASE_11 = new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika");
    static final CaseRef CASE_7 = new CaseRef("skr-07", 7, "Fastighetsbolaget och en oväntad ekonomisk nyhet");
    static final Instant START = Instant.parse("2027-02-04T08:30:00Z");

    private GeneratedSessions() {}

    static Builder session(String id) {
        return new Builder(id);
    }

    static final class Builder {
        private final String id;
        private CaseRef caseRef = CASE_11;
        private String title = "Ledningsdag";
        private String facilitator = "";
        private String place = "";
        private LocalDate date = LocalDate.of(2027, 2, 4);
        private final List<Participant> participants = new ArrayList<>();
        private TimePlan plan = TimePlan.defaultFor(90);
        private final Map<Phase, Integer> added = new EnumMap<>(Phase.class);
        private final Map<Phase, List<Note>> notes = new EnumMap<>(Phase.class);
        private final List<Solution> solutions = new ArrayList<>();
        private final List<Agreement> agreements = new ArrayList<>();
        private final List<TimeSegment> timeLog = new ArrayList<>();
        private final List<SpeakingTurn> turns = new ArrayList<>();
        private Instant clock = START;
        private Instant speakingClock = START;
        private int next = 1;

        Builder(String id) {
            this.id = id;
        }

        Builder of(CaseRef c) {
            caseRef = c;
            return this;
        }

        Builder info(String title, String facilitator, String place) {
            this.title = title;
            this.facilitator = facilitator;
            this.place = place;
            return this;
        }

        Builder date(LocalDate d) {
            date = d;
            return this;
        }

        Builder person(String pid, Role role) {
            participants.add(new Participant(pid, "Person " + pid, role, ""));
            return this;
        }

        Builder plan(TimePlan p) {
            plan = p;
            return this;
        }

        Builder added(Phase p, int minutes) {
            added.put(p, minutes);
            return this;
        }

        Builder note(Phase step, String text) {
            return note(step, text, "");
        }

        Builder note(Phase step, String text, String by) {
            notes.computeIfAbsent(step, k -> new ArrayList<>()).add(new Note("n" + next++, text, by, null));
            return this;
        }

        /** Step 2 notes: the problems the group named. */
        Builder problems(String... texts) {
            for (String t : texts) {
                note(Phase.STEP_2, t);
            }
            return this;
        }

        Builder solution(String text, Horizon h, int votes, boolean chosen) {
            Map<String, Integer> v = new LinkedHashMap<>();
            if (votes > 0) {
                v.put(participants.isEmpty() ? "p1" : participants.get(0).id(), votes);
            }
            Consequences c = chosen ? new Consequences("för " + text, "risk med " + text, "följ upp " + text) : Consequences.NONE;
            solutions.add(new Solution("s" + next++, text, "", h, v, chosen, c));
            return this;
        }

        /** Solutions with no horizon, votes or choice, in priority order. */
        Builder solutions(String... texts) {
            for (String t : texts) {
                solutions.add(Solution.proposed("s" + next++, t, ""));
            }
            return this;
        }

        Builder agreement(String what, String who) {
            agreements.add(new Agreement("a" + next++, what, who, null));
            return this;
        }

        /** The group spends {@code seconds} in {@code phase}, after what it did before. */
        Builder spend(Phase phase, long seconds) {
            timeLog.add(new TimeSegment(phase, clock, clock.plusSeconds(seconds)));
            clock = clock.plusSeconds(seconds);
            return this;
        }

        /** An open segment: the clock was running when the file was saved. */
        Builder openIn(Phase phase) {
            timeLog.add(new TimeSegment(phase, clock, null));
            return this;
        }

        /** {@code pid} speaks {@code seconds} in step 1, one turn after the other. */
        Builder speak(String pid, long seconds) {
            turns.add(new SpeakingTurn(turns.size() + 1, pid, Phase.STEP_1, speakingClock, speakingClock.plusSeconds(seconds)));
            speakingClock = speakingClock.plus(Duration.ofSeconds(seconds));
            return this;
        }

        Session build() {
            Floor floor = Floor.EMPTY.withLog(turns);
            Phase current = timeLog.isEmpty() ? Phase.PREPARATION : timeLog.get(timeLog.size() - 1).phase();
            return new Session(id, caseRef, new SessionInfo(title, date, place, facilitator), participants, plan, added, notes,
                    solutions, agreements, timeLog, current, floor);
        }
    }
}
