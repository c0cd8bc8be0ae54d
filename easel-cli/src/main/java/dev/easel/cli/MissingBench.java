package dev.easel.cli;

import dev.easel.EaselException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code easel bench} where the benchmarks are not on the classpath (easel.jar alone): one clear line instead of
 * picocli's "unmatched argument". Hidden: a user's {@code easel --help} does not offer what the jar lacks.
 */
@Command(name = "bench", hidden = true, description = "Benchmarks: not in this jar (module easel-bench).")
final class MissingBench implements Callable<Integer> {
    /** Whatever followed {@code bench} (a benchmark's name and options, --help): all get the same answer. */
    @Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        throw new EaselException("the benchmarks are not part of this jar: run them from a source checkout with "
            + "'./easel bench' (module easel-bench, docs/bench.md)");
    }
}
