package dev.easel.bench;

import ai.djl.engine.Engine;
import dev.easel.image.Picture;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the hidden workers of {@code bench realtime} and {@code bench arbitrary} share (a picocli mixin): the model
 * card, the prepared photo, the timed passes and the one result line, with the last output written for PyTorch's
 * comparison. Each worker runs in its own JVM, so the peak memory it reports is its configuration's alone.
 */
final class PassWorkerOptions {
    @Option(names = "--model", required = true) Path card;
    @Option(names = "--input", required = true) Path input;
    @Option(names = "--size", required = true) String size;
    @Option(names = "--repeats") int repeats = 5;
    @Option(names = "--output") Path output;

    /** The photo {@link PassComparison} prepared. */
    Picture photo() throws IOException {
        return GatysWorker.readRaw(input, size);
    }

    /** Times {@code pass} (after a warm-up) and prints the result line; {@code arch} is the model card's architecture. */
    void timeAndReport(Supplier<Picture> pass, String arch) throws IOException {
        BenchSupport.Timed<Picture> timed = BenchSupport.timePasses(pass, repeats);
        long peak = BenchSupport.selfVmHwmKb();
        if (output != null) {
            GatysWorker.writeRaw(output, timed.last());
        }
        String version = Engine.getEngine("PyTorch").getVersion();
        System.out.println(new RealtimeResult("easel", version, arch, size, timed.ms(), peak, Double.NaN).toLine());
    }
}
