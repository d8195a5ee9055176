package se.samtalsledaren.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SpeakingTurn;

/**
 * Airtime ("sändningstid") computed from a session's speaking log at one instant: time and
 * number of turns per participant, per role, per phase and for the whole session. A running
 * turn counts up to {@code now}. A turn is one slot: a slot split by a pause or a phase change
 * counts once per phase it touched.
 */
public final class Airtime {
    /** Time spoken and number of turns. */
    public record Tally(Duration time, int turns) {
        public static final Tally NONE = new Tally(Duration.ZERO, 0);

        Tally plus(Duration d, boolean newTurn) {
            return new Tally(time.plus(d), turns + (newTurn ? 1 : 0));
        }

        /** Average per person for {@code people} people. */
        public Tally per(int people) {
            return people == 0 ? NONE : new Tally(time.dividedBy(people), turns);
        }
    }

    private final Session session;
    private final Map<String, Tally> total = new HashMap<>();
    private final Map<Phase, Map<String, Tally>> byPhase = new EnumMap<>(Phase.class);

    private Airtime(Session session, Instant now) {
        this.session = session;
        Set<String> slotsSeen = new HashSet<>();
        for (SpeakingTurn t : session.floor().log()) {
            Duration d = t.length(now);
            boolean newSlot = slotsSeen.add(t.slot() + "");
            total.merge(t.participantId(), Tally.NONE.plus(d, newSlot), (a, b) -> a.plus(b.time(), b.turns() > 0));
            boolean newInPhase = slotsSeen.add(t.slot() + "@" + t.phase().key());
            byPhase.computeIfAbsent(t.phase(), p -> new HashMap<>())
                    .merge(t.participantId(), Tally.NONE.plus(d, newInPhase), (a, b) -> a.plus(b.time(), b.turns() > 0));
        }
    }

    public static Airtime of(Session session, Instant now) {
        return new Airtime(session, now);
    }

    /** A participant's airtime over the whole session. */
    public Tally of(String participantId) {
        return total.getOrDefault(participantId, Tally.NONE);
    }

    /** A participant's airtime in one phase. */
    public Tally of(String participantId, Phase phase) {
        return byPhase.getOrDefault(phase, Map.of()).getOrDefault(participantId, Tally.NONE);
    }

    /** The participants of a role together, over the session ({@code phase} null) or in one phase. */
    public Tally ofRole(Role role, Phase phase) {
        Tally sum = Tally.NONE;
        for (Participant p : session.participants()) {
            if (p.role() == role) {
                Tally t = phase == null ? of(p.id()) : of(p.id(), phase);
                sum = new Tally(sum.time().plus(t.time()), sum.turns() + t.turns());
            }
        }
        return sum;
    }

    /** The average per person of a role: the fair comparison when the roles differ in size. */
    public Tally averageOfRole(Role role, Phase phase) {
        return ofRole(role, phase).per(people(role));
    }

    public int people(Role role) {
        return (int) session.participants().stream().filter(p -> p.role() == role).count();
    }

    /** Everyone together, over the session ({@code phase} null) or in one phase. */
    public Tally everyone(Phase phase) {
        Tally sum = Tally.NONE;
        for (Role r : Role.values()) {
            Tally t = ofRole(r, phase);
            sum = new Tally(sum.time().plus(t.time()), sum.turns() + t.turns());
        }
        return sum;
    }

    /** The participants who have not spoken in a phase, in participant order. */
    public List<Participant> notYetSpoken(Phase phase) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : session.participants()) {
            if (of(p.id(), phase).turns() == 0) {
                out.add(p);
            }
        }
        return out;
    }

    /** The longest total of any participant (the scale for a bar chart), at least one second. */
    public Duration longest() {
        Duration max = Duration.ofSeconds(1);
        for (Tally t : total.values()) {
            if (t.time().compareTo(max) > 0) {
                max = t.time();
            }
        }
        return max;
    }
}
