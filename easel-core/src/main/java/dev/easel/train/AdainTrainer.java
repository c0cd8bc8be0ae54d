package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.easel.EaselException;
import dev.easel.engine.Gradients;
import dev.easel.engine.Scalars;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.loss.LossSettings;
import dev.easel.loss.LossTerms;
import dev.easel.loss.LossValues;
import dev.easel.loss.Losses;
import dev.easel.loss.PerceptualLoss;
import dev.easel.loss.StylePyramid;
import dev.easel.loss.StyleTarget;
import dev.easel.models.AdainCard;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.Method;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.nets.adain.AdaIN;
import dev.easel.nets.adain.AdainNet;
import dev.easel.nets.adain.FeatureStats;
import dev.easel.nets.adain.GuidedSwap;
import dev.easel.stylize.arbitrary.AdainModel;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Trains the AdaIN decoder (Huang & Belongie 2017). Each step pairs random photo crops with random painting
 * crops; the encoder's features of the photo get the painting's statistics (AdaIN) and become the target
 * t; the decoder's image is encoded again and scored by the content loss MSE(encoder(decoded), t) plus the
 * style weight times the style loss: over relu1_1 ... the encoder layer, MSE of the channel means plus MSE
 * of the channel standard deviations against the painting's. Adam with a cosine-decayed rate; resumes
 * exactly from its checkpoint (weights, Adam moments, step, data generator).
 *
 * <p>Style swap's decoder (arch swap) is trained on the swapped features as t, with Gram matrices as the style
 * loss: the swapped features already carry the painting's patches, and the decoder of AdaIN lost most of their Gram
 * match on the way to pixels (on tubingen x candy the swapped relu3_1 features are 25 times closer to the painting's
 * Grams than the photo's, the decoded picture only 6 times). Each crop's Gram distance counts relative to its photo's
 * own ({@link RelativeStyle}), so every painting pulls alike.
 */
public final class AdainTrainer extends PaintingTrainer {
    /** How style swap's decoder scores style; part of its runs' settings, so older swap checkpoints are not resumed. */
    private static final String SWAP_STYLE_LOSS = "Grams relative to the photo's";
    /** Patches per painting crop for style swap's targets (a 128 px crop has 900 at relu3_1). */
    private static final int TRAINING_SWAP_PATCHES = 1024;

    private final AdainNet net;
    /** Trains on style swap's features (arch swap) instead of AdaIN's. */
    private final boolean swap;
    /** Style swap's loss: content at the encoder layer against the swapped features, Grams at the style layers. */
    private final PerceptualLoss swapLoss;

    /** See {@link PaintingTrainer}: the unseen test paintings in {@code testStyles} are refused. */
    public AdainTrainer(ArbitraryConfig config, FeatureNetwork vgg, Path testStyles,
                            Picture validationPhoto, Picture validationStyle) {
        super("the AdaIN decoder", config, vgg, testStyles, validationPhoto, validationStyle);
        this.swap = ArbitraryNetwork.named(config.arch()) == ArbitraryNetwork.SWAP;
        try {
            this.net = AdainNet.forNetwork(vgg);
            this.swapLoss = swap ? new PerceptualLoss(vgg, new LossSettings(net.encoderLayer(),
                net.styleLayers().stream().collect(Collectors.toMap(l -> l, l -> 1.0, (a, b) -> a, LinkedHashMap::new)),
                1, config.styleWeight(), 0, config.stylePyramid())) : null;
            net.initialize(params, config.seed());
            if (config.initModel() != null) {
                startFrom(config.initModel());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        start(config.seed());
    }

    /** Fine-tuning: the decoder starts as a trained AdaIN model's, which must decode the same encoder layer. */
    private void startFrom(Path modelCard) {
        ModelCard card = ModelFile.readCard(modelCard);
        // an AdaIN decoder decodes either transfer's features, so either model starts the other
        card.require(Method.ARBITRARY, ArbitraryNetwork.SWAP.id().equals(card.architecture()) ? ArbitraryNetwork.SWAP.id()
            : AdainModel.ARCHITECTURE, "an arbitrary-style (adain or swap) one");
        String encoder = AdainCard.of(card).encoderLayer();
        if (!encoder.equals(net.encoderLayer())) {
            throw new EaselException(modelCard + ": the model decodes " + encoder + " features, this run's encoder is "
                + net.encoderLayer());
        }
        ModelFile.loadWeights(modelCard, card, params, net.parameterShapes());
    }

    public AdainNet network() {
        return net;
    }

    @Override
    public ModelCard modelCard(String command) {
        Map<String, Object> settings = new LinkedHashMap<>();
        new AdainCard(net.encoderLayer()).putInto(settings);
        settings.put("styleLayers", net.styleLayers());
        settings.put("batch", config.batch());
        settings.put("cropSize", config.cropSize());
        settings.put("styleCrop", config.styleCrop());
        settings.put("styleWeight", config.styleWeight());
        settings.put("styleLoss", swap ? SWAP_STYLE_LOSS : "channel means and deviations");
        if (config.stylePyramid().levels() > 1) {
            settings.put("stylePyramid", config.stylePyramid().describe());
        }
        if (config.initModel() != null) {
            settings.put("init", config.initModel().getFileName().toString());
        }
        return card(swap ? ArbitraryNetwork.SWAP : ArbitraryNetwork.ADAIN, command, settings);
    }

    @Override
    protected String settingsKey() {
        return config.settingsKey(net.encoderLayer()) + (swap ? " styleLoss=" + SWAP_STYLE_LOSS : "");
    }

    @Override
    protected LossValues trainStep() {
        try (NDManager stepManager = manager.newSubManager()) {
            NDArray photoBatch = photoBatch(stepManager);
            NDArray paintingBatch = paintingBatch(stepManager, config.styleCrop());
            if (swap) {
                return swapStep(stepManager, photoBatch, paintingBatch);
            }
            List<String> layers = net.styleLayers();
            String deep = net.encoderLayer();
            // targets: constants for the step, computed outside autograd
            StylePyramid pyramid = config.stylePyramid();
            Map<String, NDArray> paintingFeatures = vgg.features(paintingBatch, layers);
            List<Map<String, FeatureStats>> styleStats = new ArrayList<>();
            styleStats.add(statistics(paintingFeatures));
            for (int level = 1; level < pyramid.levels(); level++) {
                styleStats.add(statistics(vgg.features(StylePyramid.reduce(paintingBatch, pyramid.divisor(level)), layers)));
            }
            NDArray photoFeatures = net.encode(vgg, photoBatch);
            NDArray target = AdaIN.apply(photoFeatures, styleStats.get(0).get(deep));
            Map<String, NDArray> leaves = params.leaves(stepManager);
            double content;
            double style;
            try (GradientCollector collector = Gradients.collector()) {
                NDArray decoded = net.decode(leaves::get, target);
                Map<String, NDArray> features = vgg.features(decoded, layers);
                NDArray contentLoss = Losses.meanSquaredError(features.get(deep), target);
                NDArray styleLoss = statisticsLoss(features, styleStats.get(0));
                for (int level = 1; level < pyramid.levels(); level++) {
                    Map<String, NDArray> coarse = vgg.features(StylePyramid.reduce(decoded, pyramid.divisor(level)), layers);
                    styleLoss = styleLoss.add(Scalars.mul(statisticsLoss(coarse, styleStats.get(level)), pyramid.weight(level)));
                }
                NDArray weightedStyle = Scalars.mul(styleLoss, config.styleWeight());
                NDArray total = contentLoss.add(weightedStyle);
                collector.backward(total);
                content = contentLoss.getFloat();
                style = weightedStyle.getFloat();
            }
            checkFinite(content + style);
            update(leaves);
            return new LossValues(content, style, 0, content + style);
        }
    }

    /** Style swap's step: the swapped features as the content target, the painting's Grams as the style target. */
    private LossValues swapStep(NDManager stepManager, NDArray photoBatch, NDArray paintingBatch) {
        String deep = net.encoderLayer();
        List<String> layers = net.styleLayers();
        Map<String, NDArray> photoFeatures = vgg.features(photoBatch, layers);
        Map<String, NDArray> paintingFeatures = vgg.features(paintingBatch, layers);
        Map<String, NDArray> grams = swapLoss.pyramidGrams(paintingBatch, paintingFeatures);
        NDArray cropWeights = RelativeStyle.cropWeights(stepManager, swapLoss.weights().styleLayers(), config.batch(),
            photoFeatures, grams);
        NDArray target = swapped(photoBatch, photoFeatures.get(deep), paintingBatch, paintingFeatures.get(deep));
        Map<String, NDArray> leaves = params.leaves(stepManager);
        LossValues values;
        try (GradientCollector collector = Gradients.collector()) {
            NDArray decoded = net.decode(leaves::get, target);
            LossTerms terms = swapLoss.evaluate(decoded, target, new StyleTarget(grams, cropWeights));
            collector.backward(terms.total());
            values = terms.values();
        }
        checkFinite(values.total());
        update(leaves);
        return values;
    }

    /**
     * Each photo's features swapped with its own painting's patches (the batch's i-th with the i-th), matched as at
     * inference on features and luminance.
     */
    private NDArray swapped(NDArray photoImages, NDArray photos, NDArray paintingImages, NDArray paintings) {
        NDList each = new NDList();
        try {
            for (int i = 0; i < photos.getShape().get(0); i++) {
                String one = i + ":" + (i + 1);
                try (NDArray painting = paintings.get(one);
                     NDArray paintingImage = paintingImages.get(one);
                     NDArray photoImage = photoImages.get(one);
                     GuidedSwap bank = GuidedSwap.of(paintingImage, painting, photoImage, net.multiple(), TRAINING_SWAP_PATCHES);
                     NDArray photo = photos.get(one);
                     NDArray swapped = bank.apply(photo, photoImage)) {
                    // as at inference (AdainModel): the swapped features with the painting's statistics
                    each.add(AdaIN.apply(swapped, FeatureStats.of(painting)));
                }
            }
            return NDArrays.concat(each, 0);
        } finally {
            each.close();
        }
    }

    private static Map<String, FeatureStats> statistics(Map<String, NDArray> features) {
        Map<String, FeatureStats> stats = new LinkedHashMap<>();
        for (Map.Entry<String, NDArray> e : features.entrySet()) {
            stats.put(e.getKey(), FeatureStats.of(e.getValue()));
        }
        return stats;
    }

    /** Over the style layers: MSE of the channel means plus MSE of the channel standard deviations, summed in that order. */
    private static NDArray statisticsLoss(Map<String, NDArray> features, Map<String, FeatureStats> want) {
        NDArray loss = null;
        for (Map.Entry<String, FeatureStats> e : want.entrySet()) {
            FeatureStats out = FeatureStats.of(features.get(e.getKey()));
            NDArray mean = Losses.meanSquaredError(out.mean(), e.getValue().mean());
            loss = loss == null ? mean : loss.add(mean);
            loss = loss.add(Losses.meanSquaredError(out.std(), e.getValue().std()));
        }
        return loss;
    }

    @Override
    public Picture stylize(Picture photo, Picture painting) {
        try (NDManager m = manager.newSubManager()) {
            int k = net.multiple();
            Picture p = Resizer.resize(photo, Math.max(k, photo.width() / k * k), Math.max(k, photo.height() / k * k));
            NDArray photoImage = Tensors.fromPicture(m, p);
            NDArray paintingImage = Tensors.fromPicture(m, painting);
            NDArray photoFeatures = net.encode(vgg, photoImage);
            NDArray paintingFeatures = net.encode(vgg, paintingImage);
            NDArray target = swap ? swapped(photoImage, photoFeatures, paintingImage, paintingFeatures)
                : AdaIN.apply(photoFeatures, FeatureStats.of(paintingFeatures));
            return Tensors.toPicture(net.decode(params::get, target)).clamped();
        }
    }
}
