package dev.easel.bench;

import ai.djl.engine.Engine;
import dev.easel.image.Picture;
import dev.easel.stylize.realtime.MixPlan;
import dev.easel.stylize.realtime.RealtimeModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code easel bench realtime-worker} (hidden): one Easel configuration in its own JVM, so that the VmHWM it
 * reports is this configuration's peak alone. Times {@link RealtimeModel#apply}, the whole-image pass that
 * {@code easel stylize --method realtime} uses (tensor copies in and out included), and writes the last
 * output so the PyTorch side can compare.
 */
@Command(name = "realtime-worker", hidden = true, description = "Internal: one Easel configuration of 'bench realtime'.")
public final class RealtimeWorker implements Callable<Integer> {
    @Option(names = "--model", required = true) Path card;
    @Option(names = "--input", required = true) Path input;
    @Option(names = "--size", required = true) String size;
    @Option(names = "--repeats") int repeats = 5;
    @Option(names = "--output") Path output;

    @Override
    public Integer call() throws IOException {
        Picture photo = GatysWorker.readRaw(input, size);
        try (RealtimeModel model = RealtimeModel.load(card)) {
            // multi-style models paint an even mix of all their styles (the cost does not depend on the weights)
            MixPlan plan = model.styles() == 1 ? null : MixPlan.uniform(java.util.stream.DoubleStream.generate(() -> 1)
                .limit(model.styles()).toArray());
            BenchSupport.Timed<Picture> timed = BenchSupport.timePasses(() -> model.apply(photo, plan), repeats);
            long peak = BenchSupport.selfVmHwmKb();
            if (output != null) {
                GatysWorker.writeRaw(output, timed.last());
            }
            String version = Engine.getEngine("PyTorch").getVersion();
            System.out.println(new RealtimeResult("easel", version, model.card().architecture(), size, timed.ms(), peak,
                Double.NaN).toLine());
        }
        return 0;
    }
}
