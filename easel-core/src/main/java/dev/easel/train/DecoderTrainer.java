package dev.easel.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.loss.LossValues;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.ModelCard;
import dev.easel.nets.wct.WctNet;
import dev.easel.stylize.arbitrary.WctModel;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the decoders of whitening and colouring (Li et al. 2017) to reconstruct images from their VGG
 * features at relu3_1, relu2_1 and relu1_1: no style loss, so they learn in a fraction of a stylizing
 * network's steps and serve any painting. Each step reconstructs a batch of photo crops and a batch of
 * painting crops (the transform hands the decoders painting-like features); the three levels train
 * together. The reported "content" is the summed pixel-plus-feature reconstruction loss.
 */
public final class DecoderTrainer extends PaintingTrainer {
    private final WctNet net;

    public DecoderTrainer(ArbitraryConfig config, FeatureNetwork vgg, Path testStyles, Picture validationPhoto,
                          Picture validationStyle) {
        super("the whitening-and-colouring decoders", config, vgg, testStyles, validationPhoto, validationStyle);
        try {
            this.net = WctNet.forNetwork(vgg);
            net.initialize(params, config.seed());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        start(config.seed());
    }

    @Override
    protected LossValues trainStep() {
        try (NDManager stepManager = manager.newSubManager()) {
            NDArray photosBatch = photoBatch(stepManager);
            NDArray paintingsBatch = paintingBatch(stepManager, config.cropSize());
            NDArray images = photosBatch.concat(paintingsBatch, 0);
            Map<String, NDArray> features = vgg.features(images, WctNet.LEVELS);
            Map<String, NDArray> leaves = params.leaves(stepManager);
            double loss;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray total = null;
                for (String level : WctNet.LEVELS) {
                    NDArray f = features.get(level);
                    double scale = Math.max(1e-6, f.square().mean().getFloat()); // a constant: computed from a constant
                    NDArray l = net.reconstructionLoss(vgg, level, leaves::get, images, f, scale);
                    total = total == null ? l : total.add(l);
                }
                collector.backward(total);
                loss = total.getFloat();
            }
            checkFinite(loss);
            update(leaves);
            return new LossValues(loss, 0, 0, loss);
        }
    }

    /** The validation pair through the transform, with the decoders as they are now. */
    @Override
    public Picture stylize(Picture photo, Picture painting) {
        try (NDManager m = manager.newSubManager()) {
            Picture p = WctModel.fitToGrid(photo, net.multiple());
            NDArray out = net.stylize(vgg, params::get, Tensors.fromPicture(m, p),
                List.of(Tensors.fromPicture(m, painting)), new double[] {1.0}, 1.0);
            return Tensors.toPicture(out).clamped();
        }
    }

    @Override
    public ModelCard modelCard(String command) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("levels", WctNet.LEVELS);
        settings.put("batch", config.batch());
        settings.put("cropSize", config.cropSize());
        return card(ArbitraryNetwork.WCT, command, settings);
    }

    @Override
    protected String settingsKey() {
        return config.settingsKey(String.join(",", WctNet.LEVELS));
    }

    public WctNet network() {
        return net;
    }
}
