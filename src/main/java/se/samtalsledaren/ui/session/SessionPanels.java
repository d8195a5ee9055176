package se.samtalsledaren.ui.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.samtalsledaren.session.FloorRunner;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.session.VoteRunner;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.SurveyTemplates;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.floor.BalanceController;
import se.samtalsledaren.ui.floor.BalanceViewModel;
import se.samtalsledaren.ui.floor.Chime;
import se.samtalsledaren.ui.floor.FloorController;
import se.samtalsledaren.ui.floor.FloorViewModel;
import se.samtalsledaren.ui.preparation.PreparationController;
import se.samtalsledaren.ui.preparation.PreparationViewModel;
import se.samtalsledaren.ui.results.RoomBoard;
import se.samtalsledaren.ui.room.RoomPanelController;
import se.samtalsledaren.ui.room.RoomViewModel;
import se.samtalsledaren.ui.session.agreements.AgreementsController;
import se.samtalsledaren.ui.session.agreements.AgreementsViewModel;
import se.samtalsledaren.ui.session.consequences.ConsequencesController;
import se.samtalsledaren.ui.session.consequences.ConsequencesViewModel;
import se.samtalsledaren.ui.session.content.StepContentController;
import se.samtalsledaren.ui.session.content.StepContentViewModel;
import se.samtalsledaren.ui.session.notes.NotesController;
import se.samtalsledaren.ui.session.notes.NotesViewModel;
import se.samtalsledaren.ui.session.rail.StepRailController;
import se.samtalsledaren.ui.session.rail.StepRailViewModel;
import se.samtalsledaren.ui.session.solutions.SolutionsController;
import se.samtalsledaren.ui.session.solutions.SolutionsViewModel;
import se.samtalsledaren.ui.session.survey.SurveyController;
import se.samtalsledaren.ui.session.survey.SurveyViewModel;
import se.samtalsledaren.ui.session.timer.TimerController;
import se.samtalsledaren.ui.session.timer.TimerViewModel;
import se.samtalsledaren.ui.session.votes.DotVoteController;
import se.samtalsledaren.ui.session.votes.DotVoteViewModel;

/**
 * The panels of one session window: a view model per panel on the window's runner, and the
 * controller-factory entries that bind each panel's FXML (an fx:include of SessionView.fxml) to
 * it. Adding a panel is its fx:include there and its entry here. The view models are made in the
 * order the window shows the panels, which is the order they read each change in.
 */
final class SessionPanels {
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
    private final List<Object> viewModels = new ArrayList<>();
    private final StepContentViewModel content;
    private final TimerViewModel timer;
    private final FloorViewModel floor;
    private final BalanceViewModel balance;
    private final SolutionsViewModel solutions;
    private final RoomBoard board = new RoomBoard();
    private final VoteRunner votes;
    private final SurveyRunner survey;

    /**
     * @param survey    the session's survey, shared with the room's phones
     * @param templates the survey templates (bundled and the facilitator's own)
     * @param zone      the facilitator's time zone, for the times of votes and survey rounds
     */
    SessionPanels(SessionRunner runner, SessionViewModel session, UiText text, Chime chime,
                  PreparationFormat preparationFormat, Background background, RoomViewModel room,
                  SurveyRunner survey, SurveyTemplates templates, java.time.ZoneId zone) {
        this.votes = new VoteRunner(runner);
        this.survey = survey;
        StepRailViewModel rail = add(new StepRailViewModel(runner, session, text));
        SurveyViewModel surveyPanel = add(new SurveyViewModel(survey, session, text, templates, background, board, zone));
        content = add(new StepContentViewModel(session, text));
        solutions = add(new SolutionsViewModel(runner, session));
        ConsequencesViewModel consequences = add(new ConsequencesViewModel(runner, session));
        NotesViewModel notes = add(new NotesViewModel(runner, session));
        AgreementsViewModel agreements = add(new AgreementsViewModel(runner, session));
        timer = add(new TimerViewModel(runner, session, text));
        FloorRunner floorRunner = new FloorRunner(runner);
        floor = add(new FloorViewModel(runner, floorRunner, text, chime));
        balance = add(new BalanceViewModel(runner, floorRunner, text));
        PreparationViewModel preparations = add(new PreparationViewModel(runner, preparationFormat, background, text));
        DotVoteViewModel dotVote = add(new DotVoteViewModel(votes, session, text, board, zone));
        add(room);

        controllers.put(StepRailController.class, () -> new StepRailController(rail, text));
        controllers.put(BalanceController.class, () -> new BalanceController(balance, text));
        controllers.put(StepContentController.class, () -> new StepContentController(content, text));
        controllers.put(PreparationController.class, () -> new PreparationController(preparations, text));
        controllers.put(SolutionsController.class, () -> new SolutionsController(solutions, text));
        controllers.put(ConsequencesController.class, () -> new ConsequencesController(consequences, text));
        controllers.put(NotesController.class, () -> new NotesController(notes, text));
        controllers.put(AgreementsController.class, () -> new AgreementsController(agreements));
        controllers.put(TimerController.class, () -> new TimerController(timer, text));
        controllers.put(FloorController.class, () -> new FloorController(floor, text));
        controllers.put(DotVoteController.class, () -> new DotVoteController(dotVote, text));
        controllers.put(SurveyController.class, () -> new SurveyController(surveyPanel, text));
        controllers.put(RoomPanelController.class, () -> new RoomPanelController(room, text));
    }

    private <T> T add(T viewModel) {
        viewModels.add(viewModel);
        return viewModel;
    }

    /** The panels' controller suppliers, for the window's {@link se.samtalsledaren.ui.ViewLoader}. */
    Map<Class<?>, Supplier<?>> controllers() {
        return controllers;
    }

    /** Every panel's view model (the window keeps them in its properties, by class). */
    List<Object> viewModels() {
        return viewModels;
    }

    StepContentViewModel content() {
        return content;
    }

    TimerViewModel timer() {
        return timer;
    }

    FloorViewModel floor() {
        return floor;
    }

    SolutionsViewModel solutions() {
        return solutions;
    }

    /** What the facilitator has put on the projector besides the step (a vote's or a survey question's result). */
    RoomBoard board() {
        return board;
    }

    /** The session's dot vote, which the room's phones vote in. */
    VoteRunner votes() {
        return votes;
    }

    /** The session's survey, which the room's phones answer (it remembers who answered, in memory only). */
    SurveyRunner survey() {
        return survey;
    }

    /** Recomputes the floor's and the airtime balance's figures from the clock (with the window's ticker). */
    void refreshFloor() {
        floor.refresh();
        balance.refresh();
    }
}
