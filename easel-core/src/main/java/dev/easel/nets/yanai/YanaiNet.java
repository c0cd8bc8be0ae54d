package dev.easel.nets.yanai;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.nets.Architecture;
import dev.easel.nets.Conditioning;
import dev.easel.nets.NormStatistics;
import dev.easel.nets.ParamSet;
import dev.easel.nets.StyleMix;
import dev.easel.nets.TransformerNet;
import dev.easel.nets.ParameterLookup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Yanai's network for unseen styles ("Unseen Style Transfer Based on a Conditional Fast Style Transfer
 * Network", 2017): a {@link StyleEncoder} turns the painting into a style vector s, and a conditional
 * transformer paints with it. The conditional network reads the vector [1, s] the way a multi-style
 * network reads its style weights: with conditional instance norm, every norm layer's scale and shift are
 * row 0 plus s times rows 1..D, so the vector reaches every layer directly (with Yanai's concatenation at
 * the bottleneck the same budget learned far weaker styles, see docs/multi.md). Rows 1..D start at zero,
 * so training starts from a plain network that keeps the photo.
 *
 * <p>Because s enters linearly, mixing styles is mixing their vectors, per picture or per pixel.
 */
public final class YanaiNet {
    public static final int DEFAULT_DIMENSIONS = 32;

    private final StyleEncoder encoder;
    private final TransformerNet transformer;

    public YanaiNet(Architecture architecture, Conditioning conditioning, int dimensions) {
        this.encoder = new StyleEncoder(dimensions);
        this.transformer = new TransformerNet(architecture, conditioning, dimensions + 1);
    }

    public StyleEncoder encoder() {
        return encoder;
    }

    /** The conditional transformer, painting with N = dimensions + 1 "styles" (the vector [1, s]). */
    public TransformerNet transformer() {
        return transformer;
    }

    public Map<String, Shape> parameterShapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>(transformer.parameterShapes());
        shapes.putAll(encoder.parameterShapes());
        return shapes;
    }

    /** A fresh network: the transformer as {@link TransformerNet#initialize}, with style rows 1..D at zero. */
    public void initialize(ParamSet params, long seed) {
        transformer.initialize(params, seed);
        clearStyleRows(params);
        encoder.initialize(params, new Random(seed + 1));
    }

    /**
     * Sets the conditional norms' rows 1..D to zero, keeping row 0: every style vector then paints as row 0 does
     * until training tells them apart (after a warm start from a real-time model, as that model).
     */
    public void clearStyleRows(ParamSet params) {
        if (transformer.conditioning() == Conditioning.INSTANCE_NORM) {
            for (Map.Entry<String, Shape> p : transformer.parameterShapes().entrySet()) {
                String name = p.getKey();
                if (name.endsWith(".gamma") || name.endsWith(".beta")) {
                    params.put(name, firstRowOnly(params.get(name).toFloatArray(), p.getValue()), p.getValue());
                }
            }
        }
    }

    private static float[] firstRowOnly(float[] rows, Shape shape) {
        float[] out = new float[rows.length];
        System.arraycopy(rows, 0, out, 0, (int) shape.get(1));
        return out;
    }

    /** B x D style vectors of paintings described by {@link StyleEncoder#statistics}. */
    public NDArray styleVectors(ParameterLookup w, NDArray statistics) {
        return encoder.encode(w, statistics);
    }

    /** B x (D + 1): [1, s] per row, the conditional network's weights. */
    public static NDArray conditioning(NDArray vectors) {
        long b = vectors.getShape().get(0);
        try (NDArray ones = vectors.getManager().ones(new Shape(b, 1), vectors.getDataType())) {
            return ones.concat(vectors, 1);
        }
    }

    /** Stylizes {@code image} (B x 3 x H x W, 0..255) with style vectors {@code vectors} (B x D). */
    public NDArray forward(ParameterLookup w, NDArray image, NDArray noise, NormStatistics stats, NDArray vectors) {
        try (NDArray weights = conditioning(vectors)) {
            return transformer.forward(w, image, noise, stats, StyleMix.vectors(weights));
        }
    }
}
