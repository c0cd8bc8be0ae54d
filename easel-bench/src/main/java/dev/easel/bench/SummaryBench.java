package dev.easel.bench;

import dev.easel.cli.Main;
import dev.easel.cli.VideoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code easel bench summary}: every speed path in one table, so runs on different machines compare at a glance: a
 * Gatys L-BFGS iteration, the real-time networks (untrained compact and Johnson), the arbitrary-style models (swap, adain, yanai) with
 * their style encoding, each against PyTorch; and the video path end to end. It runs the benches that time each path
 * ({@link GatysBench}, {@link RealtimeBench}, {@link ArbitraryBench}, {@link VideoBench}) with the settings below and
 * prints their rows together, with the CPU's flags, the allocator and the load average.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "All speed paths in one table against PyTorch (Gatys, real-time, arbitrary) and video fps, with the CPU flags and load.")
public final class SummaryBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads for both engines.")
    int threads = 2;

    @Option(names = "--repeats", paramLabel = "N", description = "Timed passes per network and size (after 1 warm-up); the median is reported.")
    int repeats = 3;

    @Option(names = "--skip-pytorch", description = "Only run Easel.")
    boolean skipPytorch;

    @Option(names = "--python", paramLabel = "EXE", description = "Python with torch (Debian's python3-torch).")
    String python = "/usr/bin/python3";

    @Option(names = "--video", negatable = true, fallbackValue = "true", description = "Time the video path too (640x360, 50 frames, smoothing on).")
    boolean video = true;

    @Option(names = "--quick", description = "Tiny sizes: checks that every path runs, in about a minute; its figures say nothing of speed.")
    boolean quick;

    @Mixin
    CsvOption csv;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || repeats < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --repeats must be at least 1");
        }
        String loadBefore = BenchSupport.loadAverage();
        List<SummaryRow> rows = new ArrayList<>();
        boolean failed = false;

        Measured<BenchRow> gatys = bench(new GatysBench(), "--sizes", quick ? "64" : "256,512", "--optimizers", "lbfgs",
            "--iterations", quick ? "2" : "10", "--warmup", quick ? "1" : "2").measure();
        gatys.rows().forEach(r -> rows.add(SummaryRow.of(r)));
        failed |= gatys.failed();

        String sizes = quick ? "64" : "256,512,1024";
        Measured<RealtimeRow> realtime = bench(new RealtimeBench(), "--arch", "compact,johnson", "--sizes", sizes,
            "--repeats", String.valueOf(repeats)).measure();
        realtime.rows().forEach(r -> rows.add(SummaryRow.of("realtime", r)));
        Measured<RealtimeRow> arbitrary = bench(new ArbitraryBench(), "--sizes", quick ? "64" : "512,1024",
            "--repeats", String.valueOf(repeats)).measure();
        arbitrary.rows().forEach(r -> rows.add(SummaryRow.of("arbitrary", r)));
        failed |= realtime.failed() || arbitrary.failed() || RealtimeRow.anyMismatch(realtime.rows())
            || RealtimeRow.anyMismatch(arbitrary.rows());

        if (video) {
            // In this JVM, whose engine GatysBench started with --threads engine threads.
            // The run with smoothing on is what 'easel video --temporal' does; the bench's first run (off) is not shown.
            Measured<VideoBench.Row> clips = bench(new VideoBench(), "--sizes", quick ? "64x36" : "640x360",
                "--frames", quick ? "4" : "50").measure();
            clips.rows().stream().filter(r -> r.temporal() > 0).forEach(r -> rows.add(SummaryRow.of(VideoCommand.DEFAULT_MODEL, r)));
        }

        PrintStream out = System.out;
        out.printf(Locale.ROOT, "easel bench summary: %s; %d cores, %d engine threads; Easel's allocator: %s (PyTorch: glibc malloc); "
                + "PyTorch %s%n", CpuFlags.summary(), Runtime.getRuntime().availableProcessors(), threads, BenchSupport.allocator(),
            skipPytorch ? "skipped" : torchVersion(realtime));
        out.printf("load average before: %s; after: %s%n", loadBefore, BenchSupport.loadAverage());
        out.printf(Locale.ROOT, "network passes: median of %d after 1 warm-up, untrained compact and Johnson, the shipped swap, adain and yanai "
            + "(style encoding included); Gatys: median ms per L-BFGS iteration; video: ms per frame end to end%n%n", repeats);
        out.print(SummaryRow.table(rows));
        if (csv.write(SummaryRow.csv(rows))) {
            System.err.println("wrote " + csv.file());
        }
        if (failed) {
            System.err.println("ERROR: a run failed or PyTorch's output differed from Easel's; see the messages above.");
        }
        return failed ? Main.EXIT_FAILURE : 0;
    }

    /** A bench set up as its own command line would: the common settings first, then its own. */
    private <T> T bench(T bench, String... own) {
        List<String> args = new ArrayList<>(List.of(own));
        if (!(bench instanceof VideoBench)) {
            args.addAll(List.of("--threads", String.valueOf(threads), "--python", python));
            if (skipPytorch) {
                args.add("--skip-pytorch");
            }
        }
        new CommandLine(bench).parseArgs(args.toArray(String[]::new));
        return bench;
    }

    private static String torchVersion(Measured<RealtimeRow> realtime) {
        return realtime.rows().stream().filter(r -> r.pytorch() != null).map(r -> r.pytorch().version()).findFirst().orElse("not run");
    }
}
