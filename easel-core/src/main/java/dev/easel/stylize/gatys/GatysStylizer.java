package dev.easel.stylize.gatys;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.engine.Tensors;
import dev.easel.loss.LossValues;
import dev.easel.loss.PerceptualLoss;
import dev.easel.loss.StyleTarget;
import dev.easel.optim.Adam;
import dev.easel.optim.Bounds;
import dev.easel.optim.Lbfgs;
import dev.easel.optim.Objective;
import dev.easel.optim.OptimizationResult;
import dev.easel.optim.Optimizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.CancelledException;
import dev.easel.stylize.Finishing;
import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.vgg.FeatureNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Gatys et al. (2015): optimizes the image itself so its VGG features match the photo and its Gram
 * matrices match the style. Large outputs are reached coarse-to-fine: the image is optimized at a small
 * size, upsampled, and refined at each doubling, so most iterations run where they are cheap.
 */
public final class GatysStylizer implements Stylizer {
    private final FeatureNetwork network;
    private final GatysSettings settings;
    private final boolean ownsNetwork;
    private final Runnable beforeBackward;

    GatysStylizer(FeatureNetwork network, GatysSettings settings, boolean ownsNetwork, Runnable beforeBackward) {
        this.network = network;
        this.settings = settings;
        this.ownsNetwork = ownsNetwork;
        this.beforeBackward = beforeBackward;
    }

    public static GatysBuilder builder(FeatureNetwork network) {
        return new GatysBuilder(network);
    }

    @Override
    public String method() {
        return "gatys";
    }

    public GatysSettings settings() {
        return settings;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        return Finishing.finish(optimize(request, null, progress, cancellation), request);
    }

    /**
     * Continues from {@code start} (e.g. a network's picture) instead of the configured initial image: the
     * same levels and iterations, with {@code start} resized to the first. Strength and colour preservation
     * are not applied: the caller finishes the picture.
     */
    public Picture refine(Picture start, StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        if (start == null) {
            throw new IllegalArgumentException("refining needs a picture to start from");
        }
        return optimize(request, start, progress, cancellation);
    }

    private Picture optimize(StyleRequest request, Picture from, ProgressListener progress, Cancellation cancellation) {
        int[] size = request.outputSize();
        List<int[]> levels = levels(size[0], size[1]);
        int total = 0;
        double totalWork = 0;
        for (int i = 0; i < levels.size(); i++) {
            total += iterationsAt(i, levels.size());
            totalWork += work(levels.get(i), iterationsAt(i, levels.size()));
        }
        List<StyleInput> styles = Finishing.prepareStyles(request);
        PerceptualLoss loss = new PerceptualLoss(network, settings.weights());
        Picture image = null;
        EvaluationCount evaluations = new EvaluationCount();
        int done = 0;
        double workDone = 0;
        for (int i = 0; i < levels.size(); i++) {
            int w = levels.get(i)[0];
            int h = levels.get(i)[1];
            int iterations = iterationsAt(i, levels.size());
            Picture start = levelStart(image, from, w, h, () -> initialImage(request, styles, w, h));
            Level level = new Level(w + "x" + h, iterations, done, total, workDone / totalWork,
                work(levels.get(i), iterations) / totalWork);
            image = optimizeLevel(loss, request, styles, start, level, evaluations, progress, cancellation);
            done += iterations;
            workDone += work(levels.get(i), iterations);
        }
        return image;
    }

    /**
     * Where a level starts: the coarser level's result enlarged; when refining a picture, with that picture's
     * detail finer than the coarser level added back, so the network's fine texture is kept and only the
     * coarse corrections are taken (enlarging alone blurred it away, and the final level spent its iterations,
     * and extra line-search evaluations, painting it back).
     */
    static Picture levelStart(Picture coarser, Picture from, int w, int h, Supplier<Picture> initial) {
        if (coarser == null) {
            return from != null ? Resizer.resize(from, w, h) : initial.get();
        }
        return from != null ? Resizer.enlargeWithDetail(coarser, Resizer.resize(from, w, h)) : Resizer.resize(coarser, w, h);
    }

    /** One coarse-to-fine level's place in the whole job, for progress reports. */
    private record Level(String stage, int iterations, int stepsBefore, int totalSteps, double workBefore, double workShare) {
        Progress progress(int iteration, LossValues loss, Supplier<Picture> preview, int evaluations, String stopReason) {
            return new Progress(stage, stepsBefore + iteration, totalSteps, loss, preview,
                workBefore + workShare * iteration / iterations, evaluations, stopReason);
        }
    }

    /** Objective evaluations over the whole job, for progress reports: a line search may take several per iteration. */
    private static final class EvaluationCount {
        private int count;

        Objective counting(Objective objective) {
            return x -> {
                count++;
                return objective.evaluate(x);
            };
        }
    }

    /** How many iterations a request takes over all its coarse-to-fine levels. */
    public int totalIterations(StyleRequest request) {
        int[] size = request.outputSize();
        List<int[]> levels = levels(size[0], size[1]);
        int total = 0;
        for (int i = 0; i < levels.size(); i++) {
            total += iterationsAt(i, levels.size());
        }
        return total;
    }

    /** Relative cost of a level: VGG's work grows with the pixel count. */
    private static double work(int[] size, int iterations) {
        return (double) size[0] * size[1] * iterations;
    }

    private Picture optimizeLevel(PerceptualLoss loss, StyleRequest request, List<StyleInput> styles, Picture start,
                                  Level level, EvaluationCount evaluations, ProgressListener progress,
                                  Cancellation cancellation) {
        int iterations = level.iterations();
        try (NDManager manager = network.newManager()) {
            Picture content = Resizer.resize(request.content(), start.width(), start.height());
            StyleTarget styleTarget = styleTarget(loss, manager, styles, Math.max(start.width(), start.height()));
            Shape shape = new Shape(1, 3, start.height(), start.width());
            Objective objective = (long) start.width() * start.height() > settings.tileAbovePixels()
                ? new TiledGatysObjective(network, settings.weights(), Tensors.fromPicture(manager, content), styleTarget,
                    settings.tileSize(), beforeBackward)
                : new GatysObjective(loss, loss.contentTarget(Tensors.fromPicture(manager, content)), styleTarget, shape,
                    beforeBackward);
            NDArray x0 = Tensors.fromPicture(manager, start).reshape(-1);
            Optimizer optimizer = settings.optimizer().equals("adam")
                ? new Adam(settings.learningRate()) : new Lbfgs();
            OptimizationResult result = optimizer.minimize(evaluations.counting(objective), x0, Bounds.PIXELS, iterations,
                (it, e, x) -> {
                    boolean preview = settings.saveEvery() > 0 && it % settings.saveEvery() == 0;
                    Picture snapshot = preview ? toPicture(x, shape) : null;
                    progress.onProgress(level.progress(it, e.loss(), preview ? () -> snapshot : null, evaluations.count, null));
                    return !cancellation.isCancelled();
                });
            if (result.stopReason().equals("cancelled")) { // the picture so far, for the caller to keep
                throw new CancelledException(toPicture(result.x(), shape), level.stepsBefore() + result.iterations());
            }
            if (result.iterations() < iterations) {
                // converged early: report the level as complete so progress reaches 100%, and say why it stopped
                progress.onProgress(level.progress(iterations, result.loss(), null, evaluations.count, result.stopReason()));
            }
            return toPicture(result.x(), shape);
        }
    }

    private StyleTarget styleTarget(PerceptualLoss loss, NDManager manager, List<StyleInput> styles, int longSide) {
        List<NDArray> images = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int styleSide = settings.styleSide(longSide);
        for (StyleInput s : styles) {
            images.add(Tensors.fromPicture(manager, Resizer.fitLongSide(s.picture(), styleSide)));
            weights.add(s.weight());
        }
        return loss.styleTarget(images, weights);
    }

    private Picture initialImage(StyleRequest request, List<StyleInput> styles, int w, int h) {
        switch (settings.init()) {
            case STYLE:
                return Resizer.resize(styles.get(0).picture(), w, h);
            case RANDOM:
                Random random = new Random(settings.seed());
                float[] noise = new float[3 * w * h];
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = random.nextFloat() * 255f;
                }
                return new Picture(w, h, noise);
            default:
                return Resizer.resize(request.content(), w, h);
        }
    }

    /** Sizes from the coarsest to the final one, halving the long side down to {@code startSize}. */
    List<int[]> levels(int width, int height) {
        List<int[]> levels = new ArrayList<>();
        levels.add(new int[] {width, height});
        int w = width;
        int h = height;
        while (settings.startSize() > 0 && Math.max(w, h) / 2 >= settings.startSize()) {
            w = Math.max(1, Math.round(w / 2f));
            h = Math.max(1, Math.round(h / 2f));
            levels.add(0, new int[] {w, h});
        }
        return levels;
    }

    private int iterationsAt(int level, int levels) {
        return level == levels - 1 ? settings.iterations() : settings.coarseIterations();
    }

    private static Picture toPicture(NDArray flat, Shape shape) {
        return new Picture((int) shape.get(3), (int) shape.get(2), flat.toFloatArray());
    }

    @Override
    public void close() {
        if (ownsNetwork) {
            network.close();
        }
    }
}
