package dev.easel.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.loss.LossSettings;
import dev.easel.loss.PerceptualLoss;
import dev.easel.loss.StyleTarget;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.stylize.gatys.InitMode;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code easel bench gatys-worker} (hidden): one Easel configuration in its own JVM, so that the VmHWM it
 * reports is this configuration's peak alone. Runs the real {@link GatysStylizer} at one size (no
 * coarse-to-fine) from the photo and times each iteration through the progress callbacks.
 */
@Command(name = "gatys-worker", hidden = true, description = "Internal: one Easel configuration of 'bench gatys'.")
public final class GatysWorker implements Callable<Integer> {
    @Option(names = "--content", required = true) Path content;
    @Option(names = "--content-size", required = true) String contentSize;
    @Option(names = "--style", required = true) Path style;
    @Option(names = "--style-size", required = true) String styleSize;
    @Option(names = "--optimizer", required = true) String optimizer;
    @Option(names = "--iterations") int iterations = 10;
    @Option(names = "--warmup") int warmup = 2;
    @Option(names = "--lr") double learningRate = 5.0;
    @Option(names = "--vgg") String vgg;

    @Override
    public Integer call() throws IOException {
        if (warmup < 1 || iterations < 1) {
            throw new IllegalArgumentException("need at least 1 warm-up and 1 timed iteration");
        }
        Picture photo = readRaw(content, contentSize);
        Picture art = readRaw(style, styleSize);
        int longSide = Math.max(photo.width(), photo.height());
        try (FeatureNetwork network = VggLocator.load(vgg, Pooling.MAX)) {
            LossSettings weights = GatysSettings.defaultsFor(network).weights();
            double loss0 = stepZeroLoss(network, weights, photo, art);

            // Each report says how many objective evaluations (line searches included) the run has taken so far;
            // a run that stops early says why on the report that completes it.
            List<Long> stamps = new ArrayList<>();
            List<Integer> evaluationsAt = new ArrayList<>();
            String[] stoppedEarly = {null};
            GatysStylizer stylizer = GatysStylizer.builder(network).weights(weights).optimizer(optimizer)
                .learningRate(learningRate).iterations(warmup + iterations, 0).startSize(0).init(InitMode.CONTENT).build();
            // Inputs are already at the output size (long side = size), so the stylizer's resizes are copies.
            stylizer.stylize(StyleRequest.of(photo, art, longSide), p -> {
                if (p.stopReason() != null) {
                    stoppedEarly[0] = p.stopReason();
                    return;
                }
                stamps.add(System.nanoTime());
                evaluationsAt.add(p.evaluations());
            }, Cancellation.none());
            // Fewer than asked if the optimizer stopped early: time what there is and say why.
            int done = stamps.size();
            String stop = stoppedEarly[0] == null ? "iterations" : stoppedEarly[0] + " after " + done + " iterations";
            // Iteration k ends at stamps[k-1]; the first `warmup` (and the setup before them) are not timed.
            List<Double> ms = new ArrayList<>();
            for (int k = warmup + 1; k <= done; k++) {
                ms.add((stamps.get(k - 1) - stamps.get(k - 2)) / 1e6);
            }
            int timedEvaluations = done <= warmup ? 0 : evaluationsAt.get(done - 1) - evaluationsAt.get(warmup - 1);
            String version = Engine.getEngine("PyTorch").getVersion();
            BenchResult r = new BenchResult("easel", version, contentSize, optimizer, ms, timedEvaluations, loss0,
                BenchSupport.selfVmHwmKb(), stop);
            System.out.println(r.toLine());
        }
        return 0;
    }

    /** The loss at the photo through the same PerceptualLoss the stylizer uses, outside autograd. */
    private static double stepZeroLoss(FeatureNetwork network, LossSettings weights, Picture photo, Picture art) {
        try (NDManager m = network.newManager()) {
            PerceptualLoss loss = new PerceptualLoss(network, weights);
            NDArray image = Tensors.fromPicture(m, photo);
            StyleTarget target = loss.styleTarget(List.of(Tensors.fromPicture(m, art)), List.of(1.0));
            return loss.evaluate(image, loss.contentTarget(image), target).values().total();
        }
    }

    /** Planar RGB float32 little-endian, as {@link GatysBench} writes it for both implementations. */
    static Picture readRaw(Path file, String size) throws IOException {
        int[] wh = parseSize(size);
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] data = new float[3 * wh[0] * wh[1]];
        bytes.asFloatBuffer().get(data);
        return new Picture(wh[0], wh[1], data);
    }

    static void writeRaw(Path file, Picture p) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(4 * p.data().length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(p.data());
        Files.write(file, bytes.array());
    }

    static int[] parseSize(String wxh) {
        String[] parts = wxh.split("x");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
