package org.eventbase.model;

/**
 * A problem with a user's input, reported as one line naming the input: {@code "notes.bin: binary file, not an article"}.
 * Thrown for the user's mistakes; programming errors stay ordinary exceptions.
 */
public class InputException extends RuntimeException {
    private final String input;
    private final String problem;

    public InputException(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
        this.problem = problem;
    }

    public InputException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
        this.input = input;
        this.problem = problem;
    }

    public String input() {
        return input;
    }

    public String problem() {
        return problem;
    }
}
