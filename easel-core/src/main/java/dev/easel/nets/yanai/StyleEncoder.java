package dev.easel.nets.yanai;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.easel.engine.Scalars;
import dev.easel.nets.ParamSet;
import dev.easel.nets.ParameterLookup;
import dev.easel.nets.adain.FeatureStats;
import dev.easel.vgg.FeatureNetwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Yanai's style condition network: a painting in, a style vector out. The painting is described by the
 * channel means and standard deviations of its VGG features at the style layers (AdaIN's description of a
 * style: the diagonal of what a Gram matrix measures, at a fraction of its size), compressed by
 * log(1 + x) and standardized, and a two-layer perceptron with a tanh output maps them to {@code dimensions}
 * numbers in -1..1. Trained jointly with the conditional transformer.
 *
 * <p>The standardization (a fixed mean and scale per statistic, measured on training paintings when a run
 * starts and saved with the weights) matters: the raw log statistics are all about 4.5 and differ between
 * paintings by a few tenths, so every hidden unit saw one shared offset. Trained that way, Adam switched
 * all 256 ReLU units off within 1,500 steps and every painting got the same vector.
 */
public final class StyleEncoder {
    /** The VGG layers described, available in the shared blocks 1-3. */
    public static final List<String> LAYERS = List.of("relu1_1", "relu2_1", "relu3_1");
    static final int[] CHANNELS = {64, 128, 256};
    static final int HIDDEN = 256;
    /** The common prefix of the encoder's parameter names. */
    public static final String PREFIX = "style.";
    /** Fixed per-statistic mean and scale (not trained). */
    public static final String INPUT_MEAN = "style.input.mean";
    public static final String INPUT_SCALE = "style.input.scale";
    /**
     * Smallest spread a statistic is scaled up from: across the training paintings every statistic spreads
     * 0.24..2.3 (median 0.49), but crops of a few similar paintings vary far less, and that noise must not
     * be amplified into the vector.
     */
    static final float MIN_SPREAD = 0.25f;
    /** Slope below zero of the hidden layer: a unit that is off for every painting still learns. */
    static final float LEAK = 0.1f;

    private final int dimensions;

    public StyleEncoder(int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("the style vector needs at least one dimension");
        }
        this.dimensions = dimensions;
    }

    public int dimensions() {
        return dimensions;
    }

    /** Length of the statistics vector: a mean and a deviation per channel of every layer. */
    public static int statisticsSize() {
        int n = 0;
        for (int c : CHANNELS) {
            n += 2 * c;
        }
        return n;
    }

    /** One fully connected layer: its parameters' prefix, inputs, outputs, and how much smaller it starts. */
    private record Dense(String name, int in, int out, long initShrink) {
    }

    /** The perceptron, input to output: a leaky-ReLU hidden layer, then the tanh output. */
    private List<Dense> layers() {
        return List.of(new Dense("style.fc1", statisticsSize(), HIDDEN, 1),
            new Dense("style.fc2", HIDDEN, dimensions, LAST_LAYER_SHRINK));
    }

    public Map<String, Shape> parameterShapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        shapes.put(INPUT_MEAN, new Shape(statisticsSize()));
        shapes.put(INPUT_SCALE, new Shape(statisticsSize()));
        for (Dense d : layers()) {
            shapes.put(d.name() + ".weight", new Shape(d.in(), d.out()));
            shapes.put(d.name() + ".bias", new Shape(d.out()));
        }
        return shapes;
    }

    /**
     * An identity standardization, He-normal first layer, zero biases, and a last layer that starts small (vector
     * entries about 0.1): every entry scales a whole row of norm parameters, so large entries made the first Adam
     * steps throw every norm layer off at once (measured: the loss jumped 400x on step 2).
     */
    public void initialize(ParamSet params, Random random) {
        params.initConstant(INPUT_MEAN, new Shape(statisticsSize()), 0f);
        params.initConstant(INPUT_SCALE, new Shape(statisticsSize()), 1f);
        for (Dense d : layers()) {
            params.initNormal(d.name() + ".weight", new Shape(d.in(), d.out()), d.in() * d.initShrink(), random);
            params.initConstant(d.name() + ".bias", new Shape(d.out()), 0f);
        }
    }

    /** True for the parameters that training keeps fixed (the standardization). */
    public static boolean isFixed(String name) {
        return name.equals(INPUT_MEAN) || name.equals(INPUT_SCALE);
    }

    /**
     * Sets the standardization from {@code sample} (N x {@link #statisticsSize()} statistics of training
     * paintings): each statistic's mean, and one over its spread (at least {@link #MIN_SPREAD}).
     */
    public void standardize(ParamSet params, NDArray sample) {
        float[] data = sample.toFloatArray();
        int d = statisticsSize();
        int n = data.length / d;
        if (n < 2) {
            throw new IllegalArgumentException("the standardization needs at least 2 paintings, got " + n);
        }
        float[] mean = new float[d];
        float[] scale = new float[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += data[i * d + j];
            }
            double m = sum / n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                squares += (data[i * d + j] - m) * (data[i * d + j] - m);
            }
            mean[j] = (float) m;
            scale[j] = (float) (1 / Math.max(MIN_SPREAD, Math.sqrt(squares / n)));
        }
        params.put(INPUT_MEAN, mean, new Shape(d));
        params.put(INPUT_SCALE, scale, new Shape(d));
    }

    /** Fan-in multiplier of the last layer's initialisation (variance divided by this). */
    private static final long LAST_LAYER_SHRINK = 2500;

    /** B x {@link #statisticsSize()} statistics of B paintings (RGB 0..255), the input of {@link #encode}. */
    public static NDArray statistics(FeatureNetwork vgg, NDArray paintings) {
        Map<String, NDArray> features = vgg.features(paintings, LAYERS);
        try {
            return statistics(features);
        } finally {
            features.values().forEach(NDArray::close);
        }
    }

    /** The statistics from already computed features of {@link #LAYERS}. */
    public static NDArray statistics(Map<String, NDArray> features) {
        NDList parts = new NDList();
        long n = features.get(LAYERS.get(0)).getShape().get(0);
        for (String layer : LAYERS) {
            FeatureStats stats = FeatureStats.of(features.get(layer));
            parts.add(stats.mean().reshape(n, -1));
            parts.add(stats.std().reshape(n, -1));
            stats.mean().close();
            stats.std().close();
        }
        try (NDArray joined = NDArrays.concat(parts, 1); NDArray one = Scalars.of(joined, 1); NDArray shifted = joined.add(one)) {
            parts.close();
            return shifted.log();
        }
    }

    /** B x {@code dimensions} style vectors, each entry in -1..1, from B x {@link #statisticsSize()} statistics. */
    public NDArray encode(ParameterLookup w, NDArray statistics) {
        NDArray x;
        try (NDArray centered = statistics.sub(w.get(INPUT_MEAN))) {
            x = centered.mul(w.get(INPUT_SCALE));
        }
        List<Dense> layers = layers();
        for (int i = 0; i < layers.size(); i++) {
            Dense d = layers.get(i);
            try (NDArray in = x; NDArray product = in.matMul(w.get(d.name() + ".weight"));
                 NDArray sum = product.add(w.get(d.name() + ".bias"))) {
                // the output is bounded: Adam moves the encoder as fast as the network it feeds, however weak its
                // gradient, and unbounded vectors grew to a norm of 40-160 within 600 steps and swamped every norm layer
                x = i < layers.size() - 1 ? Activation.leakyRelu(sum, LEAK) : sum.tanh();
            }
        }
        return x;
    }
}
