package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Scalars;

import java.util.Arrays;
import java.util.LinkedHashMap;
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
     * Every parameter's name and shape, in file order: the one declaration that initialisation and model
     * loading both follow. With conditional instance norm every scale and shift has one row per style.
     */
    public Map<String, Shape> parameterShapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        Architecture a = arch.shape();
        int[] c = a.channels();
        conv(shapes, "enc1", a.noiseInput() ? 4 : 3, c[0], a.outerKernel());
        conv(shapes, "enc2", c[0], c[1], 3);
        conv(shapes, "enc3", c[1], c[2], 3);
        if (arch.conditioning() == Conditioning.CONCAT) {
            // no norm after the fusion: see forward()
            shapes.put("cond.weight", new Shape(c[2], c[2] + arch.styles(), 1, 1));
            shapes.put("cond.bias", new Shape(c[2]));
        }
        for (int i = 0; i < a.residualBlocks(); i++) {
            for (String half : new String[] {"a", "b"}) {
                String name = "res" + i + half;
                if (a.separable()) {
                    shapes.put(name + ".depthwise", new Shape(c[2], 1, 3, 3));
                }
                conv(shapes, name, c[2], c[2], a.separable() ? 1 : 3);
            }
        }
        conv(shapes, "up1", c[2], c[1], 3);
        conv(shapes, "up2", c[1], c[0], 3);
        shapes.put("out.weight", new Shape(3, c[0], a.outerKernel(), a.outerKernel()));
        shapes.put("out.bias", new Shape(3));
        return shapes;
    }

    private void conv(Map<String, Shape> shapes, String name, int in, int out, int kernel) {
        shapes.put(name + ".weight", new Shape(out, in, kernel, kernel));
        shapes.put(name + ".bias", new Shape(out));
        Shape norm = arch.conditioning() == Conditioning.INSTANCE_NORM ? new Shape(arch.styles(), out) : new Shape(out);
        shapes.put(name + ".gamma", norm);
        shapes.put(name + ".beta", norm);
    }

    /**
     * Initialises every parameter deterministically from {@code seed}: He-normal kernels, unit scales,
     * zero shifts and biases.
     */
    public void initialize(ParamSet params, long seed) {
        Random random = new Random(seed);
        for (Map.Entry<String, Shape> p : parameterShapes().entrySet()) {
            String name = p.getKey();
            Shape shape = p.getValue();
            if (name.endsWith(".weight") || name.endsWith(".depthwise")) {
                long fanIn = shape.get(1) * shape.get(2) * shape.get(3);
                // the output convolution starts small, so the first outputs sit near grey (or the photo)
                params.initNormal(name, shape, name.equals("out.weight") ? fanIn * 100 : fanIn, random);
            } else {
                params.initConstant(name, shape, name.endsWith(".gamma") ? 1f : 0f);
            }
        }
    }

    /** Whole pictures of a single-style network, with the inference noise when the architecture takes noise. */
    public NDArray forward(Weights w, NDArray image) {
        return forward(w, image, null);
    }

    /** Whole pictures painted with {@code mix} (null for a single-style network), with the inference noise. */
    public NDArray forward(Weights w, NDArray image, StyleMix mix) {
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

    /** One forward pass: what the layers see, besides their input. */
    private record Pass(Weights w, NormStatistics stats, StyleMix mix) {
    }

    /**
     * @param noise N x 1 x H x W from {@link #noiseFor}; null when the architecture takes none
     * @param stats null for ordinary instance norm; otherwise statistics to record (whole image) or to
     *              apply (tiles of it)
     * @param mix   the styles to paint with; null for a single-style network
     */
    public NDArray forward(Weights w, NDArray image, NDArray noise, NormStatistics stats, StyleMix mix) {
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
        Pass p = new Pass(w, stats, mix);
        long h = image.getShape().get(2);
        long wd = image.getShape().get(3);
        // Every intermediate is closed once used (see Ops): the caller's image, noise and weights never are.
        NDArray padded = padToMultiple(image, 4);
        NDArray x;
        try (NDArray centered = padded.sub(Scalars.of(padded, 127.5))) {
            x = centered.div(Scalars.of(padded, 127.5));
        }
        if (noise != null) {
            NDArray noisePadded = padToMultiple(noise, 4);
            x = replace(x, x.concat(noisePadded, 1));
            if (noisePadded != noise) {
                noisePadded.close();
            }
        }
        x = replace(x, block(p, "enc1", x, 1, true, 0));
        x = replace(x, block(p, "enc2", x, 2, true, 1));
        x = replace(x, block(p, "enc3", x, 2, true, 2));
        if (arch.conditioning() == Conditioning.CONCAT) {
            Shape s = x.getShape();
            // A style vector that is constant over the picture reaches the 1x1 fusion as a per-channel constant,
            // which an instance norm would subtract right away (measured: after 1,280 steps every style gave the
            // same picture). So the fusion has no norm: its ReLU turns the constant into a change of features.
            try (NDArray vector = mix.at(2).broadcast(new Shape(s.get(0), arch.styles(), s.get(2), s.get(3)));
                 NDArray joined = x.concat(vector, 1);
                 NDArray fused = Ops.conv(joined, w.get("cond.weight"), w.get("cond.bias"), 1, 1)) {
                x = replace(x, Ops.relu(fused));
            }
        }
        for (int i = 0; i < a.residualBlocks(); i++) {
            try (NDArray inner = residualConv(p, "res" + i + "a", x, true);
                 NDArray y = residualConv(p, "res" + i + "b", inner, false)) {
                x = replace(x, x.add(y));
            }
        }
        try (NDArray up = Ops.upsample2(x)) {
            x = replace(x, block(p, "up1", up, 1, true, 1));
        }
        try (NDArray up = Ops.upsample2(x)) {
            x = replace(x, block(p, "up2", up, 1, true, 0));
        }
        NDArray out;
        try (NDArray y = Ops.conv(x, w.get("out.weight"), w.get("out.bias"), 1, 1);
             NDArray scaled = y.mul(Scalars.of(y, 127.5))) {
            // Linear output (a tanh saturates and its gradient vanishes on bright areas), around the photo
            // itself for residual architectures, else around mid-grey.
            out = a.residualOutput() ? scaled.add(padded) : scaled.add(Scalars.of(y, 127.5));
        } finally {
            x.close();
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

    private NDArray residualConv(Pass p, String name, NDArray x, boolean relu) {
        if (!arch.shape().separable()) {
            return block(p, name, x, 1, relu, 2);
        }
        long channels = x.getShape().get(1);
        try (NDArray depthwise = Ops.conv(x, p.w().get(name + ".depthwise"), null, 1, (int) channels)) {
            return block(p, name, depthwise, 1, relu, 2);
        }
    }

    /** Convolution, instance norm, optional ReLU; {@code level} is the output's resolution (0 full, 1 half, 2 quarter). */
    private NDArray block(Pass p, String name, NDArray x, int stride, boolean relu, int level) {
        NDArray gamma = p.w().get(name + ".gamma");
        NDArray beta = p.w().get(name + ".beta");
        NDArray y;
        try (NDArray conv = Ops.conv(x, p.w().get(name + ".weight"), p.w().get(name + ".bias"), stride, 1)) {
            if (arch.conditioning() == Conditioning.INSTANCE_NORM) {
                // normalize, then scale and shift by the mix's blend of the per-style rows
                try (NDArray normalized = p.stats() == null ? Ops.instanceNorm(conv) : Ops.instanceNorm(conv, p.stats(), name);
                     NDArray scale = p.mix().blend(gamma, level);
                     NDArray shift = p.mix().blend(beta, level);
                     NDArray scaled = normalized.mul(scale)) {
                    y = scaled.add(shift);
                }
            } else {
                y = p.stats() == null ? Ops.instanceNorm(conv, gamma, beta) : Ops.instanceNorm(conv, gamma, beta, p.stats(), name);
            }
        }
        if (!relu) {
            return y;
        }
        try (NDArray normalized = y) {
            return Ops.relu(normalized);
        }
    }

    /** Reflection-pads the bottom and right so both sides are multiples of {@code m}. */
    static NDArray padToMultiple(NDArray x, int m) {
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        long ph = (m - h % m) % m;
        long pw = (m - w % m) % m;
        NDArray out = x;
        if (ph > 0) {
            out = appendMirror(out, ":, :, " + (h - ph - 1) + ":" + (h - 1) + ", :", 2, false);
        }
        if (pw > 0) {
            out = appendMirror(out, ":, :, :, " + (w - pw - 1) + ":" + (w - 1), 3, out != x);
        }
        return out;
    }

    private static NDArray appendMirror(NDArray x, String slice, int axis, boolean closeInput) {
        try (NDArray part = x.get(slice); NDArray mirrored = part.flip(axis)) {
            return x.concat(mirrored, axis);
        } finally {
            if (closeInput) {
                x.close();
            }
        }
    }
}
