package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Scalars;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Johnson et al.'s image transformation network (2016) with the later fixes everyone uses: instance
 * normalization (Ulyanov et al.), reflection padding, and nearest upsampling + convolution instead of
 * transposed convolutions. Takes and returns N x 3 x H x W RGB in 0..255; any H and W work (the input is
 * padded to a multiple of 4 and the output cropped back).
 */
public final class TransformerNet {
    private final Arch arch;
    private final List<TransformerLayer> layers;

    public TransformerNet(Architecture arch) {
        this(arch, Conditioning.NONE, 1);
    }

    /** A network for {@code styles} styles, selected and mixed through {@code conditioning}. */
    public TransformerNet(Architecture arch, Conditioning conditioning, int styles) {
        if ((conditioning == Conditioning.NONE) != (styles == 1)) {
            throw new IllegalArgumentException(conditioning == Conditioning.NONE
                ? "a network without conditioning has one style, not " + styles
                : "a conditional network needs at least two styles");
        }
        this.arch = new Arch(arch, conditioning, styles);
        this.layers = TransformerLayer.layers(arch, conditioning, styles);
    }

    /** The shape and its conditioning, kept together. */
    private record Arch(Architecture shape, Conditioning conditioning, int styles) {
    }

    public Architecture architecture() {
        return arch.shape();
    }

    public Conditioning conditioning() {
        return arch.conditioning();
    }

    public int styles() {
        return arch.styles();
    }

    /**
     * Every parameter's name and shape, in file order: the one declaration, from {@link TransformerLayer}, that
     * initialisation and model loading both follow.
     */
    public Map<String, Shape> parameterShapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (TransformerLayer layer : layers) {
            layer.declare(shapes, arch.conditioning(), arch.styles());
        }
        return shapes;
    }

    /**
     * Initialises every parameter deterministically from {@code seed}: He-normal kernels, unit scales,
     * zero shifts and biases.
     */
    public void initialize(ParamSet params, long seed) {
        Random random = new Random(seed);
        String output = layers.get(layers.size() - 1).weight();
        for (Map.Entry<String, Shape> p : parameterShapes().entrySet()) {
            String name = p.getKey();
            Shape shape = p.getValue();
            if (name.endsWith(".weight") || name.endsWith(".depthwise")) {
                long fanIn = shape.get(1) * shape.get(2) * shape.get(3);
                // the output convolution starts small, so the first outputs sit near grey (or the photo)
                params.initNormal(name, shape, name.equals(output) ? fanIn * 100 : fanIn, random);
            } else {
                params.initConstant(name, shape, name.endsWith(".gamma") ? 1f : 0f);
            }
        }
    }

    /** Whole pictures of a single-style network, with the inference noise when the architecture takes noise. */
    public NDArray forward(ParameterLookup w, NDArray image) {
        return forward(w, image, null);
    }

    /** Whole pictures painted with {@code mix} (null for a single-style network), with the inference noise. */
    public NDArray forward(ParameterLookup w, NDArray image, StyleMix mix) {
        long[] seeds = new long[(int) image.getShape().get(0)];
        Arrays.fill(seeds, PixelNoise.INFERENCE_SEED);
        return forward(w, image, noiseFor(image, seeds, 0, 0), null, mix);
    }

    /**
     * Noise for {@code image} seen as the window at (x0, y0) of a larger picture, or null when the
     * architecture takes none.
     */
    public NDArray noiseFor(NDArray image, long[] seeds, int x0, int y0) {
        if (!arch.shape().noiseInput()) {
            return null;
        }
        Shape s = image.getShape();
        return PixelNoise.window(image.getManager(), seeds, x0, y0, (int) s.get(3), (int) s.get(2));
    }

    /**
     * @param noise N x 1 x H x W from {@link #noiseFor}; null when the architecture takes none
     * @param stats null for ordinary instance norm; otherwise statistics to record (whole image) or to
     *              apply (tiles of it)
     * @param mix   the styles to paint with; null for a single-style network
     */
    public NDArray forward(ParameterLookup w, NDArray image, NDArray noise, NormStatistics stats, StyleMix mix) {
        Architecture a = arch.shape();
        if (a.noiseInput() != (noise != null)) {
            throw new IllegalArgumentException("architecture '" + a.name() + "' takes "
                + (a.noiseInput() ? "a" : "no") + " noise channel");
        }
        if ((arch.conditioning() == Conditioning.NONE) != (mix == null)
            || (mix != null && mix.styles() != arch.styles())) {
            throw new IllegalArgumentException("this network paints " + arch.styles() + " style(s); the mix has "
                + (mix == null ? "none" : mix.styles()));
        }
        TransformerLayer.Pass p = new TransformerLayer.Pass(w, arch.conditioning(), stats, mix);
        long h = image.getShape().get(2);
        long wd = image.getShape().get(3);
        // Every intermediate is closed once used (see Ops): the caller's image, noise and weights never are.
        NDArray padded = Ops.padToMultiple(image, 4);
        NDArray x;
        try (NDArray centered = padded.sub(Scalars.of(padded, 127.5))) {
            x = centered.div(Scalars.of(padded, 127.5));
        }
        if (noise != null) {
            NDArray noisePadded = Ops.padToMultiple(noise, 4);
            x = replace(x, x.concat(noisePadded, 1));
            if (noisePadded != noise) {
                noisePadded.close();
            }
        }
        for (TransformerLayer layer : layers) {
            x = replace(x, layer.apply(p, x));
        }
        NDArray out;
        try (NDArray scaled = x) {
            // Linear output (a tanh saturates and its gradient vanishes on bright areas), around the photo
            // itself for residual architectures, else around mid-grey.
            out = a.residualOutput() ? scaled.add(padded) : scaled.add(Scalars.of(scaled, 127.5));
        } finally {
            if (padded != image) {
                padded.close();
            }
        }
        if (out.getShape().get(2) == h && out.getShape().get(3) == wd) {
            return out;
        }
        try (NDArray full = out) {
            return full.get(":, :, :" + h + ", :" + wd);
        }
    }

    /** Closes {@code old} (an intermediate now used up) and returns {@code next}. */
    private static NDArray replace(NDArray old, NDArray next) {
        old.close();
        return next;
    }
}
