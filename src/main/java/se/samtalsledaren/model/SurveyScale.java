package se.samtalsledaren.model;

/**
 * The answer scale of a survey statement: 1 (instämmer inte alls) to 5 (instämmer helt), and
 * "vet inte". Counts of answers are kept as six numbers: values 1 to 5, then vet inte.
 */
public final class SurveyScale {
    /** The highest value; the lowest is 1. */
    public static final int MAX = 5;
    /** The value that stands for "vet inte" (don't know); it has no place on the scale. */
    public static final int DONT_KNOW = 0;
    /** How many different answers there are: 1..5 and vet inte. */
    public static final int ANSWERS = MAX + 1;

    private SurveyScale() {}

    /** Whether {@code value} is an answer: 1..5 or {@link #DONT_KNOW}. */
    public static boolean valid(int value) {
        return value >= DONT_KNOW && value <= MAX;
    }

    /** Where a value's count is kept: 0..4 for 1..5, 5 for vet inte. */
    public static int index(int value) {
        if (!valid(value)) {
            throw new IllegalArgumentException("an answer is 1.." + MAX + " or " + DONT_KNOW + " (vet inte), was " + value);
        }
        return value == DONT_KNOW ? MAX : value - 1;
    }

    /** The value whose count is at {@code index}. */
    public static int value(int index) {
        if (index < 0 || index >= ANSWERS) {
            throw new IllegalArgumentException("index must be 0.." + (ANSWERS - 1));
        }
        return index == MAX ? DONT_KNOW : index + 1;
    }
}
