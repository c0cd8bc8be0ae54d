package dev.easel.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.easel.EaselException;
import dev.easel.engine.Scalars;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.loss.LossValues;
import dev.easel.loss.Losses;
import dev.easel.models.ModelCard;
import dev.easel.stylize.arbitrary.ArbitraryModel;
import dev.easel.nets.ParamSet;
import dev.easel.nets.adain.AdaIN;
import dev.easel.nets.adain.AdainNet;
import dev.easel.nets.adain.FeatureStats;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the AdaIN decoder (Huang & Belongie 2017). Each step pairs random photo crops with random painting
 * crops; the encoder's features of the photo get the painting's statistics (AdaIN) and become the target
 * t; the decoder's image is encoded again and scored by the content loss MSE(encoder(decoded), t) plus the
 * style weight times the style loss: over relu1_1 ... the encoder layer, MSE of the channel means plus MSE
 * of the channel standard deviations against the painting's. Adam with a cosine-decayed rate; resumes
 * exactly from its checkpoint (weights, Adam moments, step, data generator).
 */
public final class ArbitraryTrainer implements NetworkTrainer {
    private final ArbitraryConfig config;
    private final FeatureNetwork vgg;
    private final AdainNet net;
    private final NDManager manager;
    private final ParamSet params;
    private final AdamState adam;
    private final ImageFolder photos;
    private final ImageFolder paintings;
    private final Picture validationPhoto;
    private final Picture validationStyle;
    private Random random;
    private int step;
    private double elapsedBefore;
    private LossValues lastLoss;

    /**
     * @param testStyles the unseen test paintings, refused in the training styles (null: no check)
     * @param validationPhoto and {@code validationStyle}: the pair stylized every validateEvery steps (may be null)
     */
    public ArbitraryTrainer(ArbitraryConfig config, FeatureNetwork vgg, Path testStyles,
                            Picture validationPhoto, Picture validationStyle) {
        this.config = config;
        this.vgg = vgg;
        this.net = AdainNet.forNetwork(vgg);
        this.photos = new ImageFolder(config.data());
        this.paintings = new ImageFolder(config.styles());
        if (testStyles != null) {
            UnseenStyles.refuseAny(paintings.files(), testStyles);
        }
        this.validationPhoto = validationPhoto;
        this.validationStyle = validationStyle;
        this.manager = vgg.newManager();
        this.params = new ParamSet(manager);
        net.initialize(params, config.seed());
        this.adam = new AdamState(params, manager);
        this.random = new Random(config.seed());
        if (Checkpoint.exists(config.output())) {
            try {
                restore(Checkpoint.load(config.output(), manager));
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
    }

    public AdainNet network() {
        return net;
    }

    @Override
    public int step() {
        return step;
    }

    @Override
    public ParamSet params() {
        return params;
    }

    @Override
    public LossValues lastLoss() {
        return lastLoss;
    }

    @Override
    public double trainingSeconds() {
        return elapsedBefore;
    }

    @Override
    public int dataSize() {
        return photos.size();
    }

    public int styleCount() {
        return paintings.size();
    }

    /** The model card for the decoder so far (method "arbitrary", arch "adain"); {@code command} reproduces the run. */
    public ModelCard modelCard(String command) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(ArbitraryModel.ENCODER_SETTING, net.encoderLayer());
        settings.put("styleLayers", net.styleLayers());
        settings.put("batch", config.batch());
        settings.put("cropSize", config.cropSize());
        settings.put("styleCrop", config.styleCrop());
        settings.put("styleWeight", config.styleWeight());
        settings.put("learningRate", config.learningRate());
        settings.put("seed", config.seed());
        settings.put("vgg", vgg.source());
        settings.put("trainingStyles", config.styles().getFileName() + " (" + paintings.size() + " paintings)");
        LossValues last = lastLoss;
        return new ModelCard(ModelCard.FORMAT, ArbitraryModel.METHOD, config.name(), ArbitraryModel.ARCHITECTURE, List.of(),
            config.data().getFileName() + " (" + photos.size() + " photos)", step, elapsedBefore,
            last == null ? Map.of() : Map.of("content", last.content(), "style", last.style(), "total", last.total()),
            command, settings, null, null);
    }

    @Override
    public void train(TrainingListener listener) {
        long start = System.nanoTime();
        try {
            while (step < config.steps()) {
                long t0 = System.nanoTime();
                lastLoss = trainStep();
                step++;
                boolean more = listener.onStep(step, config.steps(), lastLoss, (System.nanoTime() - t0) / 1e9);
                if (step % config.checkpointEvery() == 0 || step == config.steps() || !more) {
                    checkpoint(start);
                }
                if (config.validateEvery() > 0 && validationPhoto != null && validationStyle != null
                    && step % config.validateEvery() == 0) {
                    listener.onValidation(step, stylize(validationPhoto, validationStyle));
                }
                if (!more) {
                    return;
                }
            }
        } finally {
            elapsedBefore += (System.nanoTime() - start) / 1e9;
        }
    }

    private LossValues trainStep() {
        try (NDManager stepManager = manager.newSubManager()) {
            NDArray photoBatch = photos.batch(stepManager, random, config.batch(), config.cropSize());
            NDArray paintingBatch = paintings.batch(stepManager, random, config.batch(), config.styleCrop());
            List<String> layers = net.styleLayers();
            String deep = net.encoderLayer();
            // targets: constants for the step, computed outside autograd
            Map<String, FeatureStats> styleStats = new LinkedHashMap<>();
            for (Map.Entry<String, NDArray> e : vgg.features(paintingBatch, layers).entrySet()) {
                styleStats.put(e.getKey(), FeatureStats.of(e.getValue()));
            }
            NDArray target = AdaIN.apply(net.encode(vgg, photoBatch), styleStats.get(deep));
            Map<String, NDArray> leaves = params.leaves(stepManager);
            double content;
            double style;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray decoded = net.decode(leaves::get, target);
                Map<String, NDArray> features = vgg.features(decoded, layers);
                NDArray contentLoss = Losses.meanSquaredError(features.get(deep), target);
                List<NDArray> terms = new ArrayList<>();
                for (String layer : layers) {
                    FeatureStats out = FeatureStats.of(features.get(layer));
                    FeatureStats want = styleStats.get(layer);
                    terms.add(Losses.meanSquaredError(out.mean(), want.mean()));
                    terms.add(Losses.meanSquaredError(out.std(), want.std()));
                }
                NDArray styleLoss = terms.get(0);
                for (NDArray t : terms.subList(1, terms.size())) {
                    styleLoss = styleLoss.add(t);
                }
                NDArray weightedStyle = Scalars.mul(styleLoss, config.styleWeight());
                NDArray total = contentLoss.add(weightedStyle);
                collector.backward(total);
                content = contentLoss.getFloat();
                style = weightedStyle.getFloat();
            }
            double total = content + style;
            if (!Double.isFinite(total)) {
                throw new EaselException("training diverged at step " + (step + 1) + " (loss " + total
                    + "); lower --lr or --style-weight");
            }
            adam.update(leaves, name -> true, config.learningRateAt(step), step + 1);
            return new LossValues(content, style, 0, total);
        }
    }

    /** The current decoder applied to one photo and painting (no gradients). */
    public Picture stylize(Picture photo, Picture painting) {
        try (NDManager m = manager.newSubManager()) {
            int k = net.multiple();
            Picture p = Resizer.resize(photo, Math.max(k, photo.width() / k * k), Math.max(k, photo.height() / k * k));
            NDArray target = AdaIN.apply(net.encode(vgg, Tensors.fromPicture(m, p)),
                FeatureStats.of(net.encode(vgg, Tensors.fromPicture(m, painting))));
            return Tensors.toPicture(net.decode(params::get, target)).clamped();
        }
    }

    private void checkpoint(long start) {
        double elapsed = elapsedBefore + (System.nanoTime() - start) / 1e9;
        new Checkpoint(step, elapsed, random, config.settingsKey(net.encoderLayer()), adam.checkpointArrays()).save(config.output());
    }

    private void restore(Checkpoint c) {
        String settings = config.settingsKey(net.encoderLayer());
        if (!c.settings().equals(settings)) {
            throw new EaselException(config.output() + ": the checkpoint was made with other settings; resume with the same ones.\n"
                + "  checkpoint: " + c.settings() + "\n  now:        " + settings);
        }
        adam.restore(c.arrays(), config.output() + ": checkpoint does not match the AdaIN decoder");
        step = c.step();
        elapsedBefore = c.elapsedSeconds();
        random = c.random();
    }

    @Override
    public void close() {
        params.close();
        manager.close();
    }
}
