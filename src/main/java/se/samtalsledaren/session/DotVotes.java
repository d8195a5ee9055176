package se.samtalsledaren.session;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.VoteRun;
import se.samtalsledaren.model.VoteTally;

/** The rules of a dot vote, without state: what a ballot may hold and how a run is counted. */
public final class DotVotes {
    private DotVotes() {}

    /**
     * Checks a ballot against the run's rules: only the solutions voted on, no more dots than the
     * run gives, and at most one per solution unless dots may stack. Returns the ballot without
     * zeros.
     */
    public static Map<String, Integer> check(VoteRun run, Map<String, Integer> ballot) {
        Map<String, Integer> clean = new LinkedHashMap<>();
        int sum = 0;
        for (Map.Entry<String, Integer> e : ballot.entrySet()) {
            int n = e.getValue() == null ? 0 : e.getValue();
            if (!run.solutionIds().contains(e.getKey())) {
                throw new Refused(Refused.Reason.UNKNOWN_SOLUTION, e.getKey());
            }
            if (n < 0) {
                throw new Refused(Refused.Reason.TOO_MANY_DOTS, "negative dots on " + e.getKey());
            }
            if (n > 1 && !run.stack()) {
                throw new Refused(Refused.Reason.NO_STACKING, e.getKey());
            }
            sum += n;
            if (n > 0) {
                clean.put(e.getKey(), n);
            }
        }
        if (sum > run.dots()) {
            throw new Refused(Refused.Reason.TOO_MANY_DOTS, sum + " of " + run.dots());
        }
        return clean;
    }

    /** Dots placed in a ballot. */
    public static int placed(Map<String, Integer> ballot) {
        return ballot.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The result of an open run as it would close now: per solution voted on that still exists, in
     * the order voted on, its dots by the voters' roles (a participant no longer in the session
     * is not counted), with the solution's text as it is now.
     */
    public static List<VoteTally> tally(VoteRun run, Session session) {
        List<VoteTally> out = new ArrayList<>();
        for (String solutionId : run.solutionIds()) {
            Solution s = session.solutions().stream().filter(x -> x.id().equals(solutionId)).findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            Map<Role, Integer> byRole = new EnumMap<>(Role.class);
            run.ballots().forEach((participantId, ballot) -> session.participant(participantId).map(Participant::role)
                    .ifPresent(role -> byRole.merge(role, ballot.getOrDefault(solutionId, 0), Integer::sum)));
            out.add(new VoteTally(solutionId, s.text(), byRole));
        }
        return out;
    }

    /** The participants of the session who have placed at least one dot in the run, in the session's order. */
    public static List<String> voters(VoteRun run, Session session) {
        return session.participants().stream().map(Participant::id)
                .filter(id -> placed(run.ballot(id)) > 0).toList();
    }

    /** How many voters of each role a closed run had (participants no longer in the session are not counted). */
    public static Map<Role, Integer> votersByRole(VoteRun run, Session session) {
        Map<Role, Integer> out = new EnumMap<>(Role.class);
        run.voters().forEach(id -> session.participant(id).ifPresent(p -> out.merge(p.role(), 1, Integer::sum)));
        return out;
    }
}
