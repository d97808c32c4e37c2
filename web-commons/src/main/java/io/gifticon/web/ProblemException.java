package io.gifticon.web;

/** Thrown anywhere in a request to answer with the given problem. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.code() + ": " + problem.detail());
        this.problem = problem;
    }

    public ProblemException(Problem problem, Throwable cause) {
        super(problem.code() + ": " + problem.detail(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
