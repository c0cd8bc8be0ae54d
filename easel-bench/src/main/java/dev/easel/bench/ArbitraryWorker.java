package dev.easel.bench;

import dev.easel.image.Picture;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.arbitrary.AdainModel;
import dev.easel.stylize.arbitrary.AdainStylizer;
import dev.easel.stylize.arbitrary.ArbitraryStylizer;
import dev.easel.stylize.arbitrary.YanaiModel;
import dev.easel.stylize.arbitrary.YanaiStylizer;
import dev.easel.stylize.MixPlan;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code easel bench arbitrary-worker} (hidden): one arbitrary-style configuration in its own JVM, so that
 * the VmHWM it reports is this configuration's peak alone. One timed pass is what a user waits for once the
 * images are read: encoding the style image, then painting the whole photo in one pass (tensor copies in
 * and out included). Writes the last output so the PyTorch side can compare.
 */
@Command(name = "arbitrary-worker", hidden = true, description = "Internal: one Easel configuration of 'bench arbitrary'.")
public final class ArbitraryWorker implements Callable<Integer> {
    @Mixin
    PassWorkerOptions pass;
    @Option(names = "--vgg") String vgg;
    @Option(names = "--style", required = true) Path style;
    @Option(names = "--style-size", required = true) String styleSize;

    @Override
    public Integer call() throws IOException {
        Picture photo = pass.photo();
        Picture painting = GatysWorker.readRaw(style, styleSize);
        try (Stylizer stylizer = ArbitraryStylizer.load(ModelRegistry.standard(), pass.card.toString(), VggLocator.load(vgg, Pooling.MAX))) {
            pass.timeAndReport(onePass(stylizer, photo, painting), architecture(stylizer));
        }
        return 0;
    }

    /** Style encoding + one whole-image pass, at the model level (the stylizers would tile large photos). */
    private static Supplier<Picture> onePass(Stylizer stylizer, Picture photo, Picture painting) {
        if (stylizer instanceof YanaiStylizer s) {
            YanaiModel model = s.model();
            return () -> model.transformer().apply(photo,
                MixPlan.uniform(new double[] {1}).projected(new float[][] {model.conditioningRow(painting)}));
        }
        AdainModel model = ((AdainStylizer) stylizer).model();
        return () -> model.apply(photo, List.of(painting), new double[] {1}, 1.0);
    }

    private static String architecture(Stylizer stylizer) {
        return stylizer instanceof YanaiStylizer s ? s.model().card().architecture()
            : ((AdainStylizer) stylizer).model().card().architecture();
    }
}
