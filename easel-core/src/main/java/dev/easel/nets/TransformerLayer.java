package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Scalars;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One layer of a {@link TransformerNet}, declared once: the network's parameter names and shapes (in file
 * order) and its forward pass both come from the list {@link #layers} makes.
 *
 * @param kind   what the layer computes
 * @param name   the prefix of its parameters: "enc1" owns enc1.weight, enc1.bias, enc1.gamma and enc1.beta
 * @param in     input channels
 * @param out    output channels
 * @param kernel side of its (pointwise, for a separable residual block) convolution kernel
 * @param stride stride of its convolution
 * @param level  resolution of its output (0 full, 1 half, 2 quarter): the level a style mix is read at
 */
record TransformerLayer(Kind kind, String name, int in, int out, int kernel, int stride, int level) {

    enum Kind {
        /** Convolution, instance norm, ReLU. */
        CONV,
        /**
         * Nearest 2x upsampling, then as {@link #CONV} (no transposed convolution, so no checkerboard); computed at the
         * input's resolution ({@link Ops#upsampleConv}).
         */
        UPSAMPLE_CONV,
        /**
         * Yanai's fusion: the style mix tiled over the features, concatenated with them and fused by a 1x1
         * convolution and a ReLU. No norm: see {@link TransformerLayer#fuse}.
         */
        FUSION,
        /** Two 3x3 convolution halves ({@code name}a with ReLU, {@code name}b without) added to the input. */
        RESIDUAL,
        /** As {@link #RESIDUAL} with each convolution a depthwise 3x3 and a pointwise 1x1 (MobileNet-style). */
        SEPARABLE_RESIDUAL,
        /** The output convolution to RGB, no norm, scaled to pixel units (the network adds the base picture). */
        OUTPUT
    }

    TransformerLayer {
        if (kind == null || name == null || in < 1 || out < 1 || kernel < 1 || stride < 1 || level < 0 || level > 2) {
            throw new IllegalArgumentException("invalid layer " + name + ": " + kind + " " + in + " -> " + out
                + ", kernel " + kernel + ", stride " + stride + ", level " + level);
        }
    }

    /** The layers of {@code a}, input to output; a {@link Conditioning#CONCAT} network fuses {@code styles} weights. */
    static List<TransformerLayer> layers(Architecture a, Conditioning conditioning, int styles) {
        int[] c = a.channels();
        List<TransformerLayer> layers = new ArrayList<>();
        layers.add(new TransformerLayer(Kind.CONV, "enc1", a.noiseInput() ? 4 : 3, c[0], a.outerKernel(), 1, 0));
        layers.add(new TransformerLayer(Kind.CONV, "enc2", c[0], c[1], 3, 2, 1));
        layers.add(new TransformerLayer(Kind.CONV, "enc3", c[1], c[2], 3, 2, 2));
        if (conditioning == Conditioning.CONCAT) {
            layers.add(new TransformerLayer(Kind.FUSION, "cond", c[2] + styles, c[2], 1, 1, 2));
        }
        for (int i = 0; i < a.residualBlocks(); i++) {
            layers.add(a.separable() ? new TransformerLayer(Kind.SEPARABLE_RESIDUAL, "res" + i, c[2], c[2], 1, 1, 2)
                : new TransformerLayer(Kind.RESIDUAL, "res" + i, c[2], c[2], 3, 1, 2));
        }
        layers.add(new TransformerLayer(Kind.UPSAMPLE_CONV, "up1", c[2], c[1], 3, 1, 1));
        layers.add(new TransformerLayer(Kind.UPSAMPLE_CONV, "up2", c[1], c[0], 3, 1, 0));
        layers.add(new TransformerLayer(Kind.OUTPUT, "out", c[0], 3, a.outerKernel(), 1, 0));
        return List.copyOf(layers);
    }

    /**
     * Adds this layer's parameters to {@code shapes}. With conditional instance norm every scale and shift has
     * one row per style.
     */
    void declare(Map<String, Shape> shapes, Conditioning conditioning, int styles) {
        Shape norm = conditioning == Conditioning.INSTANCE_NORM ? new Shape(styles, out) : new Shape(out);
        switch (kind) {
            case CONV, UPSAMPLE_CONV -> declareConv(shapes, name, norm);
            case FUSION, OUTPUT -> declareConv(shapes, name, null);
            case RESIDUAL, SEPARABLE_RESIDUAL -> {
                for (String half : HALVES) {
                    if (kind == Kind.SEPARABLE_RESIDUAL) {
                        shapes.put(name + half + ".depthwise", new Shape(out, 1, 3, 3));
                    }
                    declareConv(shapes, name + half, norm);
                }
            }
        }
    }

    private static final String[] HALVES = {"a", "b"};

    /** A convolution's weight and bias, and its norm's scale and shift unless {@code norm} is null. */
    private void declareConv(Map<String, Shape> shapes, String prefix, Shape norm) {
        shapes.put(prefix + ".weight", new Shape(out, in, kernel, kernel));
        shapes.put(prefix + ".bias", new Shape(out));
        if (norm != null) {
            shapes.put(prefix + ".gamma", norm);
            shapes.put(prefix + ".beta", norm);
        }
    }

    /** The name of this layer's convolution weight. */
    String weight() {
        return name + ".weight";
    }

    /**
     * One forward pass: what the layers see besides their input.
     *
     * @param stats null for ordinary instance norm; otherwise statistics to record or to apply
     * @param mix   the styles to paint with; null for a single-style network
     */
    record Pass(ParameterLookup w, Conditioning conditioning, NormStatistics stats, StyleMix mix) {
    }

    /** This layer's output for {@code x}; {@code x} is left open for the caller to close. */
    NDArray apply(Pass p, NDArray x) {
        return switch (kind) {
            case CONV -> block(p, name, x, stride, true);
            case UPSAMPLE_CONV -> normalized(p, name, Ops.upsampleConv(x, p.w().get(weight()), p.w().get(name + ".bias")), true);
            case FUSION -> fuse(p, x);
            case RESIDUAL, SEPARABLE_RESIDUAL -> {
                try (NDArray inner = residualConv(p, name + HALVES[0], x, true);
                     NDArray y = residualConv(p, name + HALVES[1], inner, false)) {
                    yield x.add(y);
                }
            }
            case OUTPUT -> {
                try (NDArray y = Ops.conv(x, p.w().get(weight()), p.w().get(name + ".bias"), stride, 1)) {
                    yield y.mul(Scalars.of(y, 127.5));
                }
            }
        };
    }

    /**
     * A style vector that is constant over the picture reaches the 1x1 fusion as a per-channel constant, which an
     * instance norm would subtract right away (measured: after 1,280 steps every style gave the same picture). So
     * the fusion has no norm: its ReLU turns the constant into a change of features.
     */
    private NDArray fuse(Pass p, NDArray x) {
        Shape s = x.getShape();
        int styles = in - out; // the inputs beyond the features are the style weights
        try (NDArray vector = p.mix().at(level).broadcast(new Shape(s.get(0), styles, s.get(2), s.get(3)));
             NDArray joined = x.concat(vector, 1);
             NDArray fused = Ops.conv(joined, p.w().get(weight()), p.w().get(name + ".bias"), stride, 1)) {
            return Ops.relu(fused);
        }
    }

    private NDArray residualConv(Pass p, String half, NDArray x, boolean relu) {
        if (kind != Kind.SEPARABLE_RESIDUAL) {
            return block(p, half, x, stride, relu);
        }
        long channels = x.getShape().get(1);
        try (NDArray depthwise = Ops.conv(x, p.w().get(half + ".depthwise"), null, 1, (int) channels)) {
            return block(p, half, depthwise, stride, relu);
        }
    }

    /** Convolution {@code prefix}, instance norm, optional ReLU, at this layer's level. */
    private NDArray block(Pass p, String prefix, NDArray x, int convStride, boolean relu) {
        return normalized(p, prefix, Ops.conv(x, p.w().get(prefix + ".weight"), p.w().get(prefix + ".bias"), convStride, 1), relu);
    }

    /** Instance norm of convolution {@code prefix}'s output {@code convolved} (closed here), optional ReLU. */
    private NDArray normalized(Pass p, String prefix, NDArray convolved, boolean relu) {
        NDArray gamma = p.w().get(prefix + ".gamma");
        NDArray beta = p.w().get(prefix + ".beta");
        NDArray y;
        try (NDArray conv = convolved) {
            if (p.conditioning() == Conditioning.INSTANCE_NORM) {
                // normalize, then scale and shift by the mix's blend of the per-style rows
                try (NDArray normalized = p.stats() == null ? Ops.instanceNorm(conv) : Ops.instanceNorm(conv, p.stats(), prefix);
                     NDArray scale = p.mix().blend(gamma, level);
                     NDArray shift = p.mix().blend(beta, level);
                     NDArray scaled = normalized.mul(scale)) {
                    y = scaled.add(shift);
                }
            } else {
                y = p.stats() == null ? Ops.instanceNorm(conv, gamma, beta) : Ops.instanceNorm(conv, gamma, beta, p.stats(), prefix);
            }
        }
        if (!relu) {
            return y;
        }
        try (NDArray normalized = y) {
            return Ops.relu(normalized);
        }
    }
}
