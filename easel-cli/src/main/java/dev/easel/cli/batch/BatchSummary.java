package dev.easel.cli.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts what a batch did, and says so at the end. */
public final class BatchSummary {
    /** A photo that could not be stylized, and why. */
    public record Failure(Path input, String reason) {
        /** The reason, led by the photo's path unless it already names it (the image reader's messages do). */
        @Override
        public String toString() {
            return reason.contains(input.toString()) ? reason : input + ": " + reason;
        }
    }

    private final long startNanos = System.nanoTime();
    private int stylized;
    private int alreadyDone;
    private final List<Failure> failures = new ArrayList<>();

    public void stylized() {
        stylized++;
    }

    public void alreadyDone(int count) {
        alreadyDone += count;
    }

    public Failure failed(Path input, String reason) {
        Failure f = new Failure(input, reason);
        failures.add(f);
        return f;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public int stylizedCount() {
        return stylized;
    }

    public void print(PrintStream out, int total, int notAttempted) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "batch: %d photo%s: %d stylized, %d already done, %d failed",
            total, total == 1 ? "" : "s", stylized, alreadyDone, failures.size()));
        if (notAttempted > 0) {
            line.append(", ").append(notAttempted).append(" not attempted");
        }
        line.append(String.format(Locale.ROOT, " in %.1f s", seconds));
        if (stylized > 0) {
            line.append(String.format(Locale.ROOT, " (%.2f s per photo)", seconds / stylized));
        }
        out.println(line);
        if (!failures.isEmpty()) {
            out.println("failed:");
            for (Failure f : failures) {
                out.println("  " + f);
            }
        }
    }
}
