package dev.easel.bench;

import ai.djl.pytorch.jni.JniUtils;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.MixPlan;
import dev.easel.stylize.realtime.RealtimeModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code easel bench profile}: where one whole-image pass of a real-time or multi-style network spends its time,
 * operation by operation, from libtorch's own profiler (through DJL). It first times the same passes without the
 * profiler, so the table's sum can be checked against the real pass: when they agree, the Java side costs nothing
 * and only the engine's kernels are worth working on.
 */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Per-operation time of one real-time network pass (libtorch's profiler), beside the unprofiled time.")
public final class ProfileBench implements Callable<Integer> {
    /** Operations listed by name; the rest are summed in one line. */
    private static final int ROWS = 12;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "NAME|PATH", description = "A real-time or multi-style model: a name from 'easel models' or a .json card.")
    String model = "mosaic-fast";

    @Option(names = "--size", paramLabel = "N", description = "Side of the square picture.")
    int size = 512;

    @Mixin
    PassOptions passes;

    @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads of the engine.")
    int threads = 2;

    @Option(names = "--trace", paramLabel = "FILE", description = "Keep the profiler's Chrome trace in this new file (chrome://tracing, Perfetto).")
    Path trace;

    @Override
    public Integer call() throws IOException {
        if (size < 16 || threads < 1 || passes.repeats < 1) {
            throw new ParameterException(spec.commandLine(), "--size must be at least 16, and --threads and --repeats at least 1");
        }
        if (trace != null && Files.exists(trace)) {
            throw new ParameterException(spec.commandLine(), trace + " exists; give --trace a new file");
        }
        int repeats = passes.repeats;
        System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        Path card = ModelRegistry.standard().find(model);
        Path file = trace != null ? trace : Files.createTempFile("easel-profile", ".json");
        try (RealtimeModel net = RealtimeModel.load(card)) {
            Picture given = BenchSupport.givenOrShared(passes.content, BenchSupport.PHOTO, "a blank picture (timings do not depend on the pixels)");
            Picture photo = given == null ? Picture.blank(size, size) : Resizer.resize(given, size, size);
            MixPlan plan = RealtimeWorker.evenMix(net);
            BenchSupport.Timed<Picture> timed = BenchSupport.timePasses(() -> net.apply(photo, plan), repeats);
            JniUtils.startProfile(false, false, false);
            for (int i = 0; i < repeats; i++) {
                net.apply(photo, plan);
            }
            JniUtils.stopProfile(file.toString());
            OpProfile profile = OpProfile.read(file, repeats);
            System.out.printf("easel bench profile: %s (%s), %dx%d, %d threads, %d passes; %s; load %s; CPU %s%n", net.card().name(),
                net.card().architecture(), size, size, threads, repeats, BenchSupport.allocator(), BenchSupport.loadAverage(),
                CpuFlags.summary());
            System.out.printf("unprofiled: median %.1f ms per pass%n", BenchResult.median(timed.ms()));
            profile.table(ROWS).forEach(System.out::println);
        } finally {
            if (trace == null) {
                Files.deleteIfExists(file);
            }
        }
        return 0;
    }
}
