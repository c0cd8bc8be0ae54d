package dev.easel.cli;

import dev.easel.cli.bench.AnalogyBench;
import dev.easel.cli.bench.ArbitraryBench;
import dev.easel.cli.bench.ArbitraryWorker;
import dev.easel.cli.bench.GatysBench;
import dev.easel.cli.bench.GatysWorker;
import dev.easel.cli.bench.QualityBench;
import dev.easel.cli.bench.RealtimeBench;
import dev.easel.cli.bench.RealtimeWorker;
import dev.easel.cli.bench.VideoBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code easel bench}: speed and memory, against PyTorch on the same machine. One subcommand per method. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks: speed and memory against PyTorch.",
    subcommands = {GatysBench.class, GatysWorker.class, RealtimeBench.class, RealtimeWorker.class, ArbitraryBench.class,
        ArbitraryWorker.class, QualityBench.class, VideoBench.class, AnalogyBench.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // A benchmark must be named: show what there is.
        spec.commandLine().usage(System.err);
        return Main.EXIT_USAGE;
    }
}
