package se.samtalsledaren.ui.results;

/** A result the facilitator can put on the room's projector: a dot vote's or one survey question's. */
public sealed interface Chart permits VoteChart, SurveyChart {
    /** What the chart shows, as its heading. */
    String title();
}
