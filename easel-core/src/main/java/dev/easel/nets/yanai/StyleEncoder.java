package dev.easel.nets.yanai;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Scalars;
import dev.easel.nets.Ops;
import dev.easel.nets.ParamSet;
import dev.easel.nets.Weights;
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
 * log(1 + x), and a two-layer perceptron maps them to {@code dimensions} numbers. Trained jointly with the
 * conditional transformer.
 */
public final class StyleEncoder {
    /** The VGG layers described, available in the shared blocks 1-3. */
    public static final List<String> LAYERS = List.of("relu1_1", "relu2_1", "relu3_1");
    static final int[] CHANNELS = {64, 128, 256};
    static final int HIDDEN = 256;

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

    public Map<String, Shape> parameterShapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        shapes.put("style.fc1.weight", new Shape(statisticsSize(), HIDDEN));
        shapes.put("style.fc1.bias", new Shape(HIDDEN));
        shapes.put("style.fc2.weight", new Shape(HIDDEN, dimensions));
        shapes.put("style.fc2.bias", new Shape(dimensions));
        return shapes;
    }

    /**
     * He-normal first layer, zero biases, and a last layer that starts small (vector entries about 0.1):
     * every entry scales a whole row of norm parameters, so large entries made the first Adam steps throw
     * every norm layer off at once (measured: the loss jumped 400x on step 2).
     */
    public void initialize(ParamSet params, Random random) {
        for (Map.Entry<String, Shape> p : parameterShapes().entrySet()) {
            String name = p.getKey();
            if (name.equals("style.fc1.weight")) {
                params.initNormal(name, p.getValue(), p.getValue().get(0), random);
            } else if (name.equals("style.fc2.weight")) {
                params.initNormal(name, p.getValue(), p.getValue().get(0) * LAST_LAYER_SHRINK, random);
            } else {
                params.initConstant(name, p.getValue(), 0f);
            }
        }
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

    /** B x {@code dimensions} style vectors from B x {@link #statisticsSize()} statistics. */
    public NDArray encode(Weights w, NDArray statistics) {
        try (NDArray a = statistics.matMul(w.get("style.fc1.weight"));
             NDArray b = a.add(w.get("style.fc1.bias"));
             NDArray hidden = Ops.relu(b);
             NDArray c = hidden.matMul(w.get("style.fc2.weight"))) {
            return c.add(w.get("style.fc2.bias"));
        }
    }
}
