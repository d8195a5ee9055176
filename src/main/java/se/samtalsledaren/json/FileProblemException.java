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
}
