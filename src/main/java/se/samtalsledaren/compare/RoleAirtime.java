package se.samtalsledaren.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.samtalsledaren.export.SessionDocument;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.Airtime;

/**
 * A session's airtime by role ({@link Airtime}, up to the end of its logs): for each role with
 * participants, how many they were, their time together and the average per person, which is
 * what compares groups of different make-up fairly.
 *
 * @param roles the roles the session had participants of, in {@link Role} order
 * @param total everyone's airtime together
 */
public record RoleAirtime(List<Share> roles, Duration total) {
    /** One role's airtime: people, time together, average per person, turns together. */
    public record Share(Role role, int people, Duration time, Duration perPerson, int turns) {}

    public RoleAirtime {
        roles = List.copyOf(roles);
    }

    public static RoleAirtime of(Session s) {
        Airtime air = Airtime.of(s, SessionDocument.end(s));
        List<Share> shares = new ArrayList<>();
        for (Role r : Role.values()) {
            int people = air.people(r);
            if (people > 0) {
                Airtime.Tally all = air.ofRole(r, null);
                shares.add(new Share(r, people, all.time(), air.averageOfRole(r, null).time(), all.turns()));
            }
        }
        return new RoleAirtime(shares, air.everyone(null).time());
    }

    /** The share of a role, or one with nobody when the session had no participant of it. */
    public Share of(Role role) {
        return roles.stream().filter(s -> s.role() == role).findFirst()
                .orElse(new Share(role, 0, Duration.ZERO, Duration.ZERO, 0));
    }

    /**
     * How many times as long an elected member spoke as an official, per person; empty when
     * either role had nobody or no airtime.
     */
    public java.util.OptionalDouble politiciansPerOfficial() {
        Share p = of(Role.FORTROENDEVALD);
        Share o = of(Role.TJANSTEPERSON);
        if (p.people() == 0 || o.people() == 0 || o.perPerson().isZero()) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of((double) p.perPerson().toMillis() / o.perPerson().toMillis());
    }
}
