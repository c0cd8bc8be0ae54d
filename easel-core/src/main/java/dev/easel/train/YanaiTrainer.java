package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.easel.engine.Gradients;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.loss.LossTerms;
import dev.easel.loss.LossValues;
import dev.easel.loss.LossSettings;
import dev.easel.loss.PerceptualLoss;
import dev.easel.loss.StyleTarget;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.EaselException;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.YanaiCard;
import dev.easel.nets.Conditioning;
import dev.easel.nets.PixelNoise;
import dev.easel.nets.yanai.StyleEncoder;
import dev.easel.nets.yanai.YanaiNet;
import dev.easel.stylize.arbitrary.YanaiModel;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Trains Yanai's style-vector network jointly: style encoder and conditional transformer. Each step pairs
 * random photo crops with random painting crops; the painting's statistics give its style vector, the
 * transformer paints the photo with it, and the perceptual loss of the real-time networks (content at the
 * content layer, Grams at the style layers, total variation) scores the result against that painting.
 *
 * <p>Each crop's style loss is divided by the photo's own Gram distance from its painting ({@link RelativeStyle}):
 * what is trained is the share of the distance that remains, as {@code StyleBalance} does per style for
 * multi-style training. Adam with cosine decay; exact resume from checkpoints.
 */
public final class YanaiTrainer extends PaintingTrainer {
    static final double TV_WEIGHT = 1e-2;
    public static final Conditioning CONDITIONING = Conditioning.INSTANCE_NORM;

    private static final Predicate<String> TRAINABLE = name -> !StyleEncoder.isFixed(name);
    /**
     * The style encoder learns at a tenth of the transformer's rate. Adam moves every parameter about as
     * far per step however weak its gradient; at the full rate the encoder's outputs drifted together
     * until they saturated (every painting got the same vector of +-1 by step 1,000), while the common part
     * of the styles belongs in the transformer's row 0.
     */
    static final double ENCODER_RATE = 0.1;

    private static double rate(String name) {
        return StyleEncoder.isFixed(name) ? 0 : name.startsWith(StyleEncoder.PREFIX) ? ENCODER_RATE : 1;
    }

    private final YanaiNet net;
    private final PerceptualLoss loss;
    private final Set<String> targetLayers = new LinkedHashSet<>();

    /** See {@link PaintingTrainer}: the unseen test paintings in {@code testStyles} are refused. */
    public YanaiTrainer(ArbitraryConfig config, FeatureNetwork vgg, Path testStyles,
                              Picture validationPhoto, Picture validationStyle) {
        super("the style-vector network", config, vgg, testStyles, validationPhoto, validationStyle);
        this.net = new YanaiNet(config.transformerOrDefault(), CONDITIONING, YanaiNet.DEFAULT_DIMENSIONS);
        try {
            LossSettings defaults = GatysSettings.defaultsFor(vgg).weights();
            this.loss = new PerceptualLoss(vgg, defaults.withWeights(1, config.styleWeight(), TV_WEIGHT)
                .withStylePyramid(config.stylePyramid()));
            targetLayers.add(defaults.contentLayer());
            targetLayers.addAll(defaults.styleLayers().keySet());
            vgg.requireLayers(StyleEncoder.LAYERS);
            net.initialize(params, config.seed());
            if (config.initModel() == null) {
                standardizeEncoder(config.seed());
            } else {
                startFrom(config.initModel());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        start(config.seed());
    }

    /**
     * A style-vector model of the same transformer continues as it is (every weight, its encoder's standardization
     * too); a real-time model starts the transformer, painting as that model does with the style rows at zero.
     */
    private void startFrom(Path modelCard) {
        ModelCard card = ModelFile.readCard(modelCard);
        if (!card.architecture().equals(YanaiModel.ARCHITECTURE)) {
            WarmStart.from(modelCard, net.transformer(), params);
            net.clearStyleRows(params);
            standardizeEncoder(config.seed());
            return;
        }
        YanaiCard settings = YanaiCard.of(card);
        if (!settings.transformer().equals(net.transformer().architecture()) || settings.styleVector() != net.encoder().dimensions()) {
            throw new EaselException(modelCard + ": a " + settings.transformer().name() + " style-vector network cannot start a "
                + net.transformer().architecture().name() + " one");
        }
        ModelFile.loadWeights(modelCard, card, params, net.parameterShapes());
    }

    /** Paintings whose statistics set the style encoder's standardization when a run starts. */
    static final int STANDARDIZATION_SAMPLE = 64;

    /**
     * Measures the style encoder's standardization on {@link #STANDARDIZATION_SAMPLE} painting crops, drawn
     * with their own generator so the run's data order does not depend on it (a resumed run restores the
     * saved values).
     */
    private void standardizeEncoder(long seed) {
        Random draw = new Random(seed ^ 0x5717E5L);
        try (NDManager m = manager.newSubManager()) {
            NDList parts = new NDList();
            for (int i = 0; i < STANDARDIZATION_SAMPLE; i += 16) { // in batches of 16: bounded memory
                parts.add(StyleEncoder.statistics(vgg, paintings.batch(m, draw, 16, config.styleCrop())));
            }
            net.encoder().standardize(params, NDArrays.concat(parts));
        }
    }

    public YanaiNet network() {
        return net;
    }

    @Override
    public ModelCard modelCard(String command) {
        Map<String, Object> settings = new LinkedHashMap<>();
        new YanaiCard(net.transformer().architecture(), CONDITIONING, net.encoder().dimensions()).putInto(settings);
        settings.put("styleLayers", StyleEncoder.LAYERS);
        settings.put("contentLayer", loss.weights().contentLayer());
        settings.put("batch", config.batch());
        settings.put("cropSize", config.cropSize());
        settings.put("styleCrop", config.styleCrop());
        settings.put("styleWeight", config.styleWeight());
        settings.put("tvWeight", TV_WEIGHT);
        if (config.stylePyramid().levels() > 1) {
            settings.put("stylePyramid", config.stylePyramid().describe());
        }
        if (config.initModel() != null) {
            settings.put("init", config.initModel().getFileName().toString());
        }
        return card(ArbitraryNetwork.YANAI, command, settings);
    }

    /**
     * The run's settings with the content layer in the "encoder" slot. The fixed choices (transformer,
     * conditioning, TV weight, distance floor) are not in it: changing one of those in code needs a new run.
     */
    @Override
    protected String settingsKey() {
        return config.settingsKey(loss.weights().contentLayer()) + " vector=" + net.encoder().dimensions();
    }

    @Override
    protected LossValues trainStep() {
        try (NDManager stepManager = manager.newSubManager()) {
            NDArray photoBatch = photoBatch(stepManager);
            NDArray paintingBatch = paintingBatch(stepManager, config.styleCrop());
            long[] seeds = random().longs(config.batch()).toArray();
            // constants of the step, computed outside autograd
            Map<String, NDArray> photoFeatures = vgg.features(photoBatch, targetLayers);
            Map<String, NDArray> paintingFeatures = vgg.features(paintingBatch, styleAndEncoderLayers());
            NDArray statistics = StyleEncoder.statistics(paintingFeatures);
            Map<String, NDArray> grams = loss.pyramidGrams(paintingBatch, paintingFeatures);
            NDArray cropWeights = RelativeStyle.cropWeights(stepManager, loss.weights().styleLayers(), config.batch(),
                photoFeatures, grams);
            NDArray contentTarget = photoFeatures.get(loss.weights().contentLayer());
            Map<String, NDArray> leaves = params.leaves(stepManager, TRAINABLE);
            LossValues values;
            try (GradientCollector collector = Gradients.collector()) {
                NDArray vectors = net.styleVectors(leaves::get, statistics);
                NDArray noise = net.transformer().noiseFor(photoBatch, seeds, 0, 0);
                NDArray output = net.forward(leaves::get, photoBatch, noise, null, vectors);
                LossTerms terms = loss.evaluate(output, contentTarget, new StyleTarget(grams, cropWeights));
                collector.backward(terms.total());
                values = terms.values();
            }
            checkFinite(values.total());
            updateAtRates(leaves, YanaiTrainer::rate);
            return values;
        }
    }

    private Set<String> styleAndEncoderLayers() {
        Set<String> layers = new LinkedHashSet<>(loss.weights().styleLayers().keySet());
        layers.addAll(StyleEncoder.LAYERS);
        return layers;
    }

    @Override
    public Picture stylize(Picture photo, Picture painting) {
        try (NDManager m = manager.newSubManager()) {
            NDArray statistics = StyleEncoder.statistics(vgg, Tensors.fromPicture(m, YanaiModel.styleInput(painting)));
            NDArray vectors = net.styleVectors(params::get, statistics);
            NDArray image = Tensors.fromPicture(m, photo);
            long[] seeds = {PixelNoise.INFERENCE_SEED};
            return Tensors.toPicture(net.forward(params::get, image, net.transformer().noiseFor(image, seeds, 0, 0), null, vectors))
                .clamped();
        }
    }
}
