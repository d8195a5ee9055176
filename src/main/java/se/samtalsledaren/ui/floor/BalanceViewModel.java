package se.samtalsledaren.ui.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.session.Airtime;
import se.samtalsledaren.session.FloorRunner;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/**
 * The airtime balance: a line per participant (time, turns, share of the longest, hand raised,
 * speaking, silent in this step), the roles side by side as averages per person, and who has not
 * spoken yet in the step. Recomputed from the runner's clock after every change and on
 * {@link #refresh()}.
 */
public final class BalanceViewModel {
    /** A participant's line in the balance view: a bar of airtime, turns, hand raised. */
    public record BalanceRow(Participant participant, int number, String time, int turns, double share,
                             int queuePosition, boolean hasFloor, boolean silentInStep) {}

    /** The roles side by side: total and average per person, for the session and this step. */
    public record RoleRow(Role role, int people, String total, String average, String stepAverage, double share) {}

    private final SessionRunner runner;
    private final FloorRunner floor;
    private final UiText text;
    private final StringProperty silent = new SimpleStringProperty("");
    private final ObservableList<BalanceRow> balance = FXCollections.observableArrayList();
    private final ObservableList<RoleRow> roles = FXCollections.observableArrayList();

    /**
     * @param runner the session (its phase, participants and changes)
     * @param floor  the floor's logic on the same session
     */
    public BalanceViewModel(SessionRunner runner, FloorRunner floor, UiText text) {
        this.runner = runner;
        this.floor = floor;
        this.text = text;
        runner.addListener(this::refresh);
        refresh();
    }

    /** Recomputes everything from the runner and its clock; the view calls it a few times a second. */
    public void refresh() {
        Floor f = floor.state();
        Phase phase = runner.current();
        Airtime airtime = floor.airtime();
        List<BalanceRow> rows = new ArrayList<>();
        List<Participant> ps = runner.session().participants();
        double longest = airtime.longest().toMillis();
        for (int i = 0; i < ps.size(); i++) {
            Participant p = ps.get(i);
            Airtime.Tally t = airtime.of(p.id());
            rows.add(new BalanceRow(p, i + 1, Converters.clock(t.time()), t.turns(), t.time().toMillis() / longest,
                    f.queue().indexOf(p.id()) + 1, p.id().equals(f.speaker()), phase.isStep() && airtime.of(p.id(), phase).turns() == 0));
        }
        if (!rows.equals(balance)) {
            balance.setAll(rows);
        }
        List<Participant> quiet = phase.isStep() ? airtime.notYetSpoken(phase) : List.of();
        silent.set(quiet.isEmpty() || !phase.isStep() ? ""
                : text.get("floor.notYetSpoken", quiet.stream().map(Participant::name).collect(Collectors.joining(", "))));

        List<RoleRow> roleRows = new ArrayList<>();
        double maxAverage = 1;
        for (Role r : Role.values()) {
            maxAverage = Math.max(maxAverage, airtime.averageOfRole(r, null).time().toMillis());
        }
        for (Role r : Role.values()) {
            int people = airtime.people(r);
            if (people > 0) {
                Airtime.Tally avg = airtime.averageOfRole(r, null);
                roleRows.add(new RoleRow(r, people, Converters.clock(airtime.ofRole(r, null).time()), Converters.clock(avg.time()),
                        Converters.clock(airtime.averageOfRole(r, phase).time()), avg.time().toMillis() / maxAverage));
            }
        }
        if (!roleRows.equals(roles)) {
            roles.setAll(roleRows);
        }
    }

    /** A click on a participant's line: raises the hand, or lowers it when raised. */
    public void toggleHand(Participant p) {
        floor.toggleHand(p.id());
    }

    /** A double-click on a participant's line: gives them the floor. */
    public void giveFloorTo(Participant p) {
        floor.giveFloorTo(p.id());
    }

    /** Who has not spoken yet in the current step ("" outside the steps or when everyone has). */
    public StringProperty silentProperty() {
        return silent;
    }

    public ObservableList<BalanceRow> balance() {
        return balance;
    }

    public ObservableList<RoleRow> roles() {
        return roles;
    }
}
