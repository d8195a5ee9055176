package se.samtalsledaren.model;

/** Step 5 for a chosen solution: for whom, the risks, and what must be followed up. */
public record Consequences(String forWhom, String risks, String followUp) {
    public static final Consequences NONE = new Consequences("", "", "");

    public Consequences {
        forWhom = forWhom == null ? "" : forWhom;
        risks = risks == null ? "" : risks;
        followUp = followUp == null ? "" : followUp;
    }

    public boolean isEmpty() {
        return forWhom.isBlank() && risks.isBlank() && followUp.isBlank();
    }
}
