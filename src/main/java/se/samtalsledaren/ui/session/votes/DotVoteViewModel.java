package se.samtalsledaren.ui.session.votes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.DotVote;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.VoteRun;
import se.samtalsledaren.model.VoteTally;
import se.samtalsledaren.session.DotVotes;
import se.samtalsledaren.session.VoteRunner;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.results.Refusals;
import se.samtalsledaren.ui.results.RoomBoard;
import se.samtalsledaren.ui.results.VoteChart;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * The facilitator's side of the dot vote (step 4): open it with N dots (3 unless chosen; dots may
 * stack), see how many have voted while it is open (never the distribution), close it (the result
 * goes into the solutions' votes), run it again (the earlier run is kept with its time), and put
 * the latest result on the projector, the roles side by side.
 */
public final class DotVoteViewModel {
    private final VoteRunner votes;
    private final SessionViewModel session;
    private final UiText text;
    private final RoomBoard board;
    private final DateTimeFormatter time;

    private final IntegerProperty dots = new SimpleIntegerProperty(DotVote.DEFAULT_DOTS);
    private final BooleanProperty stack = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper openLabel = new ReadOnlyStringWrapper("");
    private final ObjectProperty<VoteChart> result = new SimpleObjectProperty<>();
    private final ObservableList<String> earlierRuns = FXCollections.observableArrayList();
    private final BooleanProperty projected = new SimpleBooleanProperty();
    private final BooleanBinding shown;

    public DotVoteViewModel(VoteRunner votes, SessionViewModel session, UiText text, RoomBoard board, ZoneId zone) {
        this.votes = votes;
        this.session = session;
        this.text = text;
        this.board = board;
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        // Step 4, or whenever a vote is open (a facilitator who moved on still sees it and can close it).
        this.shown = session.inPhase(p -> p == Phase.STEP_4).or(open);
        projected.addListener((o, was, now) -> project());
        // Another result put on the wall takes this one's place.
        board.shownProperty().addListener((o, was, now) -> {
            if (now != null && !(now instanceof VoteChart)) {
                projected.set(false);
            }
        });
        session.onChange(this::sync);
        sync();
    }

    private void sync() {
        Session s = session.session();
        DotVote vote = s.dotVote();
        Optional<VoteRun> running = vote.open();
        open.set(running.isPresent());
        canOpen.set(running.isEmpty() && !s.solutions().isEmpty() && vote.runs().size() < DotVote.MAX_RUNS);
        openLabel.set(text.get(vote.latestResult().isPresent() ? "vote.again" : "vote.open"));
        if (running.isPresent()) {
            state.set(text.get("vote.voters", votes.voters(), s.participants().size()));
        } else if (s.solutions().isEmpty()) {
            state.set(text.get("vote.noSolutions"));
        } else {
            state.set(vote.latestResult().isPresent() ? "" : text.get("vote.notRun"));
        }
        VoteChart chart = vote.latestResult().map(r -> chart(r, s)).orElse(null);
        if (!java.util.Objects.equals(chart, result.get())) {
            result.set(chart);
        }
        List<String> earlier = new ArrayList<>();
        List<VoteRun> closed = vote.runs().stream().filter(r -> !r.open()).toList();
        for (int i = 0; i < closed.size() - 1; i++) {
            VoteRun r = closed.get(i);
            earlier.add(text.get("vote.earlierRun", i + 1, time.format(r.opened()), time.format(r.closed()), r.voters().size(),
                    r.result().stream().sorted((a, b) -> b.total() - a.total()).findFirst().map(VoteTally::text).orElse("–")));
        }
        if (!earlier.equals(earlierRuns)) {
            earlierRuns.setAll(earlier);
        }
        project();
    }

    private VoteChart chart(VoteRun run, Session s) {
        Map<Role, String> roles = new LinkedHashMap<>();
        roles.put(Role.FORTROENDEVALD, text.get("results.role.förtroendevald"));
        roles.put(Role.TJANSTEPERSON, text.get("results.role.tjänsteperson"));
        if (run.result().stream().anyMatch(t -> t.of(Role.ANNAN) > 0)) {
            roles.put(Role.ANNAN, text.get("results.role.annan"));
        }
        List<VoteChart.Row> rows = run.result().stream().map(t -> new VoteChart.Row(t.text(), t.dots())).toList();
        Map<Role, Integer> byRole = DotVotes.votersByRole(run, s);
        String caption = text.get("vote.caption", time.format(run.opened()), time.format(run.closed()), run.voters().size(),
                byRole.getOrDefault(Role.FORTROENDEVALD, 0), byRole.getOrDefault(Role.TJANSTEPERSON, 0), run.dots());
        return new VoteChart(text.get("vote.chart"), caption, roles, rows);
    }

    private void project() {
        if (projected.get() && result.get() != null && !open.get()) {
            board.show(result.get());
        } else {
            board.clear(VoteChart.class);
        }
    }

    /** Opens a vote (or runs it again) on the solutions as they are, with the chosen dots. */
    public void openVote() {
        refusable(() -> {
            votes.open(dots.get(), stack.get());
            // A new run starts blind: the earlier result leaves the wall.
            projected.set(false);
        });
    }

    /** Closes the open vote: the ballots go into the solutions' votes and the result is shown. */
    public void closeVote() {
        refusable(votes::close);
    }

    private void refusable(Runnable action) {
        Refusals.run(text, message, action);
    }

    public IntegerProperty dotsProperty() {
        return dots;
    }

    public BooleanProperty stackProperty() {
        return stack;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenProperty() {
        return canOpen.getReadOnlyProperty();
    }

    /** "Öppna röstningen" the first time, "Rösta igen" once a run has closed. */
    public ReadOnlyStringProperty openLabelProperty() {
        return openLabel.getReadOnlyProperty();
    }

    /** While open: "5 av 8 har röstat"; otherwise what to do. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last action was refused, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The latest closed run's result, or null. */
    public ObjectProperty<VoteChart> resultProperty() {
        return result;
    }

    /** The runs before the latest: when, how many voted, which solution got most dots. */
    public ObservableList<String> earlierRuns() {
        return earlierRuns;
    }

    /** Whether the latest result is on the projector (never while a vote is open). */
    public BooleanProperty projectedProperty() {
        return projected;
    }

    public BooleanBinding shownProperty() {
        return shown;
    }
}
