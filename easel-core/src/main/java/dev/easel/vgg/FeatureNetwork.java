package dev.easel.vgg;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import dev.easel.EaselException;
import dev.easel.engine.Engines;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VGG19 as a fixed feature extractor: takes RGB images in 0..255 (N x 3 x H x W) and returns the
 * activations of named layers. Weights are constants (no gradients are ever computed for them), and the
 * forward pass stops at the deepest requested layer.
 */
public final class FeatureNetwork implements AutoCloseable {
    /** ImageNet mean in RGB order; the network was trained on BGR minus this mean. */
    private static final float[] MEAN_RGB = {123.68f, 116.779f, 103.939f};

    private final NDManager manager;
    private final String source;
    private final Pooling pooling;
    private final Map<String, NDArray[]> convs = new HashMap<>();
    private final List<String> layers;
    private final NDArray mean;

    private FeatureNetwork(NDManager manager, VggWeightSource weights, Pooling pooling) {
        this.manager = manager;
        this.source = weights.description();
        this.pooling = pooling;
        for (String conv : weights.convLayers()) {
            ConvLayer w = weights.load(conv);
            float[] kernel = conv.equals("conv1_1") ? bgrToRgbInput(w) : w.kernel();
            convs.put(conv, new NDArray[] {
                engineOwned(kernel, new Shape(w.out(), w.in(), 3, 3)),
                engineOwned(w.bias(), new Shape(w.out()))});
        }
        this.layers = availableLayers(weights.convLayers());
        this.mean = engineOwned(MEAN_RGB, new Shape(1, 3, 1, 1));
    }

    /** Loads VGG19 from a weight source; the network owns its own engine memory until closed. */
    static FeatureNetwork load(VggWeightSource weights, Pooling pooling) {
        return new FeatureNetwork(Engines.manager(), weights, pooling);
    }

    /** Layers this network can return, in order (a truncated network has fewer). */
    public List<String> layers() {
        return layers;
    }

    public boolean has(String layer) {
        return layers.contains(layer);
    }

    /** A manager for a computation's arrays (images, targets), separate from the weights' lifetime. */
    public NDManager newManager() {
        return manager.newSubManager();
    }

    public String source() {
        return source;
    }

    public Pooling pooling() {
        return pooling;
    }

    /** Throws a clear error naming what is available when a requested layer is missing. */
    public void requireLayers(Collection<String> requested) {
        for (String layer : requested) {
            if (!VggLayers.isKnown(layer)) {
                throw new EaselException("unknown VGG19 layer '" + layer + "'; layers are named like conv4_2, relu3_1, pool2. "
                    + "Available: " + String.join(", ", layers));
            }
            if (!has(layer)) {
                throw new MissingLayerException(layer, "layer '" + layer + "' is not in the loaded network (" + source + "), which has "
                    + String.join(", ", layers) + "; the full VGG19 (Keras vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5) has it");
            }
        }
    }

    /**
     * Runs the image through the network and returns the requested layers' activations, owned by the
     * image's manager. Differentiable with respect to the image.
     */
    public Map<String, NDArray> features(NDArray rgb, Collection<String> requested) {
        requireLayers(requested);
        int deepest = requested.stream().mapToInt(VggLayers::index).max().orElse(-1);
        Map<String, NDArray> out = new LinkedHashMap<>();
        NDArray x = rgb.sub(mean);
        for (String layer : VggLayers.ALL.subList(0, deepest + 1)) {
            NDArray y = apply(layer, x);
            if (!out.containsValue(x)) {
                // Free what is not returned now, as Python does when a reference drops: autograd keeps its
                // own reference to what backward needs, so this halves peak memory without changing results.
                x.close();
            }
            x = y;
            if (requested.contains(layer)) {
                out.put(layer, x);
            }
        }
        return out;
    }

    private NDArray apply(String layer, NDArray x) {
        if (layer.startsWith("conv")) {
            NDArray[] wb = convs.get(layer);
            NDList y = Conv2d.conv2d(x, wb[0], wb[1], new Shape(1, 1), new Shape(1, 1), new Shape(1, 1), 1);
            return y.singletonOrThrow();
        }
        if (layer.startsWith("relu")) {
            return Activation.relu(x);
        }
        Shape two = new Shape(2, 2);
        return pooling == Pooling.MAX
            ? Pool.maxPool2d(x, two, two, new Shape(0, 0), false)
            : Pool.avgPool2d(x, two, two, new Shape(0, 0), false, true);
    }

    private NDArray engineOwned(float[] data, Shape shape) {
        // Arrays made from Java data point at Java memory: copy once so the engine owns them.
        try (NDArray javaBacked = manager.create(data, shape)) {
            return javaBacked.duplicate();
        }
    }

    /** conv1_1 expects BGR input; reversing its input channels lets callers pass RGB. */
    private static float[] bgrToRgbInput(ConvLayer w) {
        float[] k = w.kernel().clone();
        for (int o = 0; o < w.out(); o++) {
            int bgrBase = o * w.in() * 9;
            System.arraycopy(w.kernel(), bgrBase + 2 * 9, k, bgrBase, 9);
            System.arraycopy(w.kernel(), bgrBase, k, bgrBase + 2 * 9, 9);
        }
        return k;
    }

    /** The layers up to the first missing convolution: a conv and its ReLU need the conv, a pool its block's last ReLU. */
    private static List<String> availableLayers(List<String> convLayers) {
        List<String> result = new ArrayList<>();
        for (String layer : VggLayers.ALL) {
            boolean available = layer.startsWith("pool")
                ? result.contains(VggLayers.ALL.get(VggLayers.index(layer) - 1))
                : convLayers.contains("conv" + layer.substring(4));
            if (!available) {
                break;
            }
            result.add(layer);
        }
        return List.copyOf(result);
    }

    @Override
    public void close() {
        manager.close();
    }
}
