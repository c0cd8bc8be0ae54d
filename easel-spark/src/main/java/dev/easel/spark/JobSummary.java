package dev.easel.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What a job did, printed at the end like {@code easel batch}'s summary, with the rate of the stylizing stage.
 *
 * @param stylized     results written by this run
 * @param alreadyDone  photos skipped because their output existed (resume), or written meanwhile by another attempt
 * @param seconds      the whole job, listing and checks included
 * @param sparkSeconds the Spark stage that read, stylized and wrote the photos
 * @param report       the failures report, or null when nothing failed
 */
public record JobSummary(int photos, int stylized, int alreadyDone, List<FailureReport.Failure> failures,
                         double seconds, double sparkSeconds, String report) {
    /** Failures printed; the report has them all. */
    static final int LISTED = 20;

    public JobSummary {
        failures = List.copyOf(failures);
        if (stylized + alreadyDone + failures.size() != photos) {
            throw new IllegalArgumentException("the counts (" + stylized + " + " + alreadyDone + " + " + failures.size()
                + ") do not add up to " + photos + " photos");
        }
    }

    /** Photos stylized per second of the Spark stage. */
    public double imagesPerSecond() {
        return sparkSeconds > 0 ? stylized / sparkSeconds : 0;
    }

    public String line() {
        String line = String.format(Locale.ROOT, "spark: %d photo%s: %d stylized, %d already done, %d failed in %.1f s",
            photos, photos == 1 ? "" : "s", stylized, alreadyDone, failures.size(), seconds);
        if (stylized > 0) {
            line += String.format(Locale.ROOT, " (stylizing %.1f s, %.2f images/s)", sparkSeconds, imagesPerSecond());
        }
        return line;
    }

    /** The summary line, then the failures: the first {@value #LISTED} (a large job's are in the report). */
    public void print(PrintStream out) {
        out.println(line());
        if (failures.isEmpty()) {
            return;
        }
        out.println("failed (listed in " + report + "):");
        failures.stream().limit(LISTED)
            .forEach(f -> out.println("  " + (f.error().contains(f.input()) ? f.error() : f.input() + ": " + f.error())));
        if (failures.size() > LISTED) {
            out.println("  ... and " + (failures.size() - LISTED) + " more");
        }
    }
}
