package se.samtalsledaren.model;

/**
 * The five steps of the report's facilitation method ("Handledning för att använda case").
 */
public enum DiscussionStep {
    ANALYSIS(1),
    PROBLEM(2),
    SOLUTIONS(3),
    PRIORITISATION(4),
    CONSEQUENCES(5);

    public static final int FIRST = 1;
    public static final int LAST = 5;

    private final int number;

    DiscussionStep(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static DiscussionStep of(int number) {
        if (number < FIRST || number > LAST) {
            throw new IllegalArgumentException("step must be 1..5, was " + number);
        }
        return values()[number - 1];
    }
}
