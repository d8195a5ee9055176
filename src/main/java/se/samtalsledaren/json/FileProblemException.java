package se.samtalsledaren.json;

import java.util.List;

/** Thrown when an input file cannot be used; carries every problem found. */
public class FileProblemException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<FileProblem> problems;

    public FileProblemException(List<FileProblem> problems) {
        super(problems.isEmpty() ? "invalid file" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public FileProblemException(FileProblem problem) {
        this(List.of(problem));
    }

    public List<FileProblem> problems() {
        return problems;
    }

    /** Every problem on a line of its own, as {@code file:line:column: field: message}. */
    public String report() {
        return String.join("\n", problems.stream().map(FileProblem::toString).toList());
    }

    /** The report of a {@code FileProblemException}, else the throwable's message. */
    public static String describe(Throwable e) {
        return e instanceof FileProblemException fpe ? fpe.report() : String.valueOf(e.getMessage());
    }
}
