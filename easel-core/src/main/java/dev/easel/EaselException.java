package dev.easel;

/**
 * A failure the user can act on: bad input file, wrong weights, unknown layer, existing output.
 * The message is shown as-is by the CLI and the web app, so it names the file and the problem.
 */
public class EaselException extends RuntimeException {
    public EaselException(String message) {
        super(message);
    }

    public EaselException(String message, Throwable cause) {
        super(message, cause);
    }
}
