package se.samtalsledaren.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A proposed solution (step 3). Its rank is its position in the session's list (step 4), with a
 * horizon, dot votes per participant id, whether the group chose it, and its consequences (step 5).
 */
public record Solution(String id, String text, String participantId, Horizon horizon,
                       Map<String, Integer> votes, boolean chosen, Consequences consequences) {
    public Solution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        participantId = participantId == null ? "" : participantId;
        LinkedHashMap<String, Integer> v = new LinkedHashMap<>();
        if (votes != null) {
            votes.forEach((k, n) -> {
                if (n != null && n > 0) {
                    v.put(k, n);
                }
            });
        }
        votes = Collections.unmodifiableMap(v);
        consequences = consequences == null ? Consequences.NONE : consequences;
    }

    public static Solution proposed(String id, String text, String participantId) {
        return new Solution(id, text, participantId, null, Map.of(), false, Consequences.NONE);
    }

    public int totalVotes() {
        return votes.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Solution withText(String t) {
        return new Solution(id, t, participantId, horizon, votes, chosen, consequences);
    }

    public Solution withHorizon(Horizon h) {
        return new Solution(id, text, participantId, h, votes, chosen, consequences);
    }

    public Solution withVotes(String participant, int n) {
        LinkedHashMap<String, Integer> v = new LinkedHashMap<>(votes);
        v.put(participant, Math.max(0, n));
        return new Solution(id, text, participantId, horizon, v, chosen, consequences);
    }

    public Solution withChosen(boolean c) {
        return new Solution(id, text, participantId, horizon, votes, c, consequences);
    }

    public Solution withConsequences(Consequences c) {
        return new Solution(id, text, participantId, horizon, votes, chosen, c);
    }
}
