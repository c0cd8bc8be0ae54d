package dev.easel.bench;

import dev.easel.bench.quality.QualityBench;
import dev.easel.bench.quality.ScheduleBench;
import dev.easel.cli.Main;
import dev.easel.cli.PluggedCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code easel bench}: speed and memory, against PyTorch on the same machine, and quality against Gatys. One
 * subcommand per method. Not in the user's jar: the CLI finds it on the classpath ({@link PluggedCommand}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks: speed and memory against PyTorch.",
    subcommands = {SummaryBench.class, GatysBench.class, GatysWorker.class, RealtimeBench.class, RealtimeWorker.class, ArbitraryBench.class,
        ArbitraryWorker.class, QualityBench.class, ScheduleBench.class, VideoBench.class, AnalogyBench.class, ProfileBench.class})
public final class BenchCommand implements Callable<Integer>, PluggedCommand {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // A benchmark must be named: show what there is.
        spec.commandLine().usage(System.err);
        return Main.EXIT_USAGE;
    }
}
