package dev.easel.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command line in-process (the job, or dev.easel.cli.Main) and captures its exit code and error output. */
record JobRun(int exitCode, String err) {
    interface Command {
        int run(String... args);
    }

    static synchronized JobRun of(Command command, String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = command.run(args);
            return new JobRun(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    static JobRun spark(String... args) {
        return of(SparkMain::run, args);
    }

    static JobRun batch(String... args) {
        return of(dev.easel.cli.Main::run, args);
    }
}
