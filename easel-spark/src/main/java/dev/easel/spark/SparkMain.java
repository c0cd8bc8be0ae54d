package dev.easel.spark;

import dev.easel.cli.Main;
import picocli.CommandLine;

/**
 * The job's entry point: {@code spark-submit --class dev.easel.spark.SparkMain easel-spark-VERSION-job.jar ...}, and
 * what {@code ./easel spark} runs on a local master. Errors follow the CLI's conventions (one line; exit 2 for usage).
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) { // a clean return lets a cluster manager (YARN's application master) see success its own way
            System.exit(code);
        }
    }

    /** Runs the job and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        return Main.execute(new CommandLine(new SparkCommand()), args);
    }
}
