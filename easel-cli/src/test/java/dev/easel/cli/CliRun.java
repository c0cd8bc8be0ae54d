package dev.easel.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI (or another command line's entry point) in-process and captures its exit code and error output. */
public record CliRun(int exitCode, String err) {
    /** A command line's entry point: arguments in, exit code out ({@link Main#run}, or easel-spark's). */
    public interface EntryPoint {
        int run(String... args);
    }

    public static CliRun of(String... args) {
        return of(Main::run, args);
    }

    /** One run at a time: the error output captured is the JVM's one System.err. */
    public static synchronized CliRun of(EntryPoint entry, String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = entry.run(args);
            return new CliRun(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
