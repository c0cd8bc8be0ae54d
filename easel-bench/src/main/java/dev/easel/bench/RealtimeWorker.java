package dev.easel.bench;

import dev.easel.image.Picture;
import dev.easel.stylize.MixPlan;
import dev.easel.stylize.realtime.RealtimeModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.stream.DoubleStream;

/**
 * {@code easel bench realtime-worker} (hidden): one Easel configuration in its own JVM, so that the VmHWM it
 * reports is this configuration's peak alone. Times {@link RealtimeModel#apply}, the whole-image pass that
 * {@code easel stylize --method realtime} uses (tensor copies in and out included), and writes the last
 * output so the PyTorch side can compare.
 */
@Command(name = "realtime-worker", hidden = true, description = "Internal: one Easel configuration of 'bench realtime'.")
public final class RealtimeWorker implements Callable<Integer> {
    @Mixin
    PassWorkerOptions pass;

    @Override
    public Integer call() throws IOException {
        Picture photo = pass.photo();
        try (RealtimeModel model = RealtimeModel.load(pass.card)) {
            MixPlan plan = evenMix(model);
            pass.timeAndReport(() -> model.apply(photo, plan), model.card().architecture());
        }
        return 0;
    }

    /**
     * What a bench paints {@code model} with: nothing for a single-style network, an even mix of all its styles for a
     * multi-style one (the cost does not depend on the weights).
     */
    static MixPlan evenMix(RealtimeModel model) {
        return model.styles() == 1 ? null : MixPlan.uniform(DoubleStream.generate(() -> 1).limit(model.styles()).toArray());
    }
}
