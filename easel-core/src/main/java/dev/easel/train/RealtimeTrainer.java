package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.easel.engine.Gradients;
import dev.easel.engine.Tensors;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.loss.LossTerms;
import dev.easel.loss.LossValues;
import dev.easel.loss.PerceptualLoss;
import dev.easel.loss.StyleTarget;
import dev.easel.models.ModelCard;
import dev.easel.nets.StyleMix;
import dev.easel.nets.TransformerNet;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Trains a transformer network with the perceptual loss (Johnson et al. 2016): random crops of training
 * photos go through the network, and the output is scored by the same content, style and TV losses as
 * Gatys. Adam with a cosine-decayed rate. Resumes exactly from its checkpoint: weights, Adam moments, step
 * and the data generator's state.
 *
 * <p>A multi-style network (several styles, conditioned) gets a random style per crop, scored against
 * that style's Grams, so every batch mixes styles. Adding a style to a trained multi-style network trains
 * only the new style's conditional instance-norm rows; every other weight stays as it was.
 */
public final class RealtimeTrainer extends StepTrainer {
    private final TrainingConfig config;
    private final FeatureNetwork vgg;
    private final TransformerNet net;
    private final ImageFolder data;
    private final PerceptualLoss loss;
    private final List<StyleTarget> styleTargets = new ArrayList<>();
    private final Predicate<String> trainable;
    private final Picture validationPhoto;
    private final double[] balance;

    public RealtimeTrainer(TrainingConfig config, FeatureNetwork vgg, Picture validationPhoto) {
        super(vgg.newManager(), config, "architecture '" + config.architecture().name() + "'");
        this.config = config;
        this.vgg = vgg;
        this.net = new TransformerNet(config.architecture(), config.conditioning(), config.styles().size());
        this.data = new ImageFolder(config.data());
        this.loss = new PerceptualLoss(vgg, config.weights());
        this.validationPhoto = validationPhoto;
        List<Path> styles = config.styles();
        for (int i = 0; i < styles.size(); i++) {
            // adding a style trains only the new one: the others' paintings are not needed (nor read)
            boolean used = config.baseModel() == null || i == styles.size() - 1;
            Picture painting = used ? Resizer.fitLongSide(ImageReader.read(styles.get(i)), config.styleSize()) : null;
            styleTargets.add(used ? loss.styleTarget(List.of(Tensors.fromPicture(manager, painting)), List.of(1.0)) : null);
        }
        net.initialize(params, config.seed());
        if (!config.initModels().isEmpty()) {
            WarmStart.from(config.initModels(), styles.stream().map(p -> p.getFileName().toString()).toList(), net, params);
        }
        if (config.baseModel() != null) {
            StyleAddition.startFrom(config.baseModel(), net, params);
            trainable = StyleAddition::isStyleParameter;
        } else {
            trainable = name -> true;
        }
        this.balance = config.styleBalance() > 0 ? styleBalanceOf() : null;
        start(config.seed());
    }

    /** The card of the model trained so far; {@code command} is what reproduces the run. */
    public ModelCard modelCard(String command) {
        return RealtimeCard.of(config, this, vgg.source(), command);
    }

    /** Each style's loss factor (see {@link StyleBalance}); null when the styles are not balanced. */
    public double[] styleBalance() {
        return balance == null ? null : balance.clone();
    }

    private double[] styleBalanceOf() {
        try (NDManager m = manager.newSubManager()) {
            NDArray probe = crops(m, new Random(config.seed() + 1), StyleBalance.PROBE_CROPS);
            return StyleBalance.factors(loss, styleTargets, probe, config.styleBalance());
        }
    }

    public int dataSize() {
        return data.size();
    }

    public TransformerNet network() {
        return net;
    }

    @Override
    protected String settingsKey() {
        return config.settingsKey();
    }

    @Override
    protected Picture validationImage() {
        return validationPhoto == null ? null : stylize(validationPhoto);
    }

    @Override
    protected LossValues trainStep() {
        try (NDManager stepManager = manager.newSubManager()) {
            NDArray batch = batch(stepManager);
            int[] styleOf = batchStyles();
            NDArray contentTarget = loss.contentTarget(batch);
            Map<String, NDArray> leaves = params.leaves(stepManager, trainable);
            LossValues values;
            try (GradientCollector collector = Gradients.collector()) {
                long[] seeds = random().longs(config.batch()).toArray();
                StyleMix mix = styleOf == null ? null : StyleMix.oneHot(stepManager, styleOf, config.styles().size());
                NDArray output = net.forward(leaves::get, batch, net.noiseFor(batch, seeds, 0, 0), null, mix);
                LossTerms terms = loss.evaluate(output, contentTarget, batchTarget(styleOf, stepManager));
                collector.backward(terms.total());
                values = terms.values();
            }
            checkFinite(values.total());
            update(leaves, trainable);
            return values;
        }
    }

    /** Each crop's style: null for a single-style network, the new style when adding one, else random. */
    private int[] batchStyles() {
        int n = config.styles().size();
        if (n == 1) {
            return null;
        }
        int[] styles = new int[config.batch()];
        for (int i = 0; i < styles.length; i++) {
            styles[i] = config.baseModel() != null ? n - 1 : random().nextInt(n);
        }
        return styles;
    }

    /**
     * The Gram targets of each crop's style, stacked over the batch (one target broadcasts for one style).
     * The stacks belong to the step: left with the targets' owner they would pile up, one set per step.
     */
    private StyleTarget batchTarget(int[] styleOf, NDManager step) {
        if (styleOf == null) {
            StyleTarget only = styleTargets.get(0);
            return balance == null ? only : new StyleTarget(only.grams(), cropWeights(step, new int[] {0}));
        }
        Map<String, NDArray> grams = new LinkedHashMap<>();
        // every Gram target: each style layer, at each scale of the style pyramid
        for (String layer : styleTargets.get(styleOf[0]).grams().keySet()) {
            NDList perCrop = new NDList();
            for (int s : styleOf) {
                perCrop.add(styleTargets.get(s).grams().get(layer));
            }
            NDArray stacked = NDArrays.concat(perCrop, 0);
            stacked.attach(step);
            grams.put(layer, stacked);
        }
        return new StyleTarget(grams, balance == null ? null : cropWeights(step, styleOf));
    }

    /** Each crop's style balance factor, shaped to scale its Gram differences (N x 1 x 1). */
    private NDArray cropWeights(NDManager step, int[] styleOf) {
        float[] w = new float[styleOf.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) balance[styleOf[i]];
        }
        try (NDArray javaBacked = step.create(w, new Shape(w.length, 1, 1))) {
            return javaBacked.duplicate();
        }
    }

    private NDArray batch(NDManager m) {
        return crops(m, random(), config.batch());
    }

    private NDArray crops(NDManager m, Random random, int count) {
        return data.batch(m, random, count, config.cropSize());
    }

    /** Applies the current network to a photo (no gradients); multi-style networks paint the style of the step. */
    public Picture stylize(Picture photo) {
        try (NDManager m = manager.newSubManager()) {
            int n = config.styles().size();
            int style = config.baseModel() != null ? n - 1 : (step() / Math.max(1, config.validateEvery())) % n;
            NDArray out = net.forward(params::get, Tensors.fromPicture(m, photo),
                n == 1 ? null : StyleMix.oneHot(m, new int[] {style}, n));
            return Tensors.toPicture(out).clamped();
        }
    }
}
