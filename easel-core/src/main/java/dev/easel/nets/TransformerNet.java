package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Scalars;

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
    private final Architecture arch;

    public TransformerNet(Architecture arch) {
        this.arch = arch;
    }

    public Architecture architecture() {
        return arch;
    }

    /**
     * Every parameter's name and shape, in file order: the one declaration that initialisation and model
     * loading both follow.
     */
    public Map<String, Shape> parameterShapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        int[] c = arch.channels();
        conv(shapes, "enc1", 3, c[0], arch.outerKernel());
        conv(shapes, "enc2", c[0], c[1], 3);
        conv(shapes, "enc3", c[1], c[2], 3);
        for (int i = 0; i < arch.residualBlocks(); i++) {
            for (String half : new String[] {"a", "b"}) {
                String name = "res" + i + half;
                if (arch.separable()) {
                    shapes.put(name + ".depthwise", new Shape(c[2], 1, 3, 3));
                }
                conv(shapes, name, c[2], c[2], arch.separable() ? 1 : 3);
            }
        }
        conv(shapes, "up1", c[2], c[1], 3);
        conv(shapes, "up2", c[1], c[0], 3);
        shapes.put("out.weight", new Shape(3, c[0], arch.outerKernel(), arch.outerKernel()));
        shapes.put("out.bias", new Shape(3));
        return shapes;
    }

    private static void conv(Map<String, Shape> shapes, String name, int in, int out, int kernel) {
        shapes.put(name + ".weight", new Shape(out, in, kernel, kernel));
        shapes.put(name + ".bias", new Shape(out));
        shapes.put(name + ".gamma", new Shape(out));
        shapes.put(name + ".beta", new Shape(out));
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

    public NDArray forward(Weights w, NDArray image) {
        return forward(w, image, null);
    }

    /**
     * @param stats null for ordinary instance norm; otherwise statistics to record (whole image) or to
     *              apply (tiles of it)
     */
    public NDArray forward(Weights w, NDArray image, NormStatistics stats) {
        long h = image.getShape().get(2);
        long wd = image.getShape().get(3);
        NDArray padded = padToMultiple(image, 4);
        NDArray x = padded;
        x = x.sub(Scalars.of(x, 127.5)).div(Scalars.of(x, 127.5));
        x = block(w, "enc1", x, 1, true, stats);
        x = block(w, "enc2", x, 2, true, stats);
        x = block(w, "enc3", x, 2, true, stats);
        for (int i = 0; i < arch.residualBlocks(); i++) {
            NDArray y = residualConv(w, "res" + i + "a", x, true, stats);
            y = residualConv(w, "res" + i + "b", y, false, stats);
            x = x.add(y);
        }
        x = block(w, "up1", Ops.upsample2(x), 1, true, stats);
        x = block(w, "up2", Ops.upsample2(x), 1, true, stats);
        NDArray y = Ops.conv(x, w.get("out.weight"), w.get("out.bias"), 1, 1);
        // Linear output (a tanh saturates and its gradient vanishes on bright areas), around the photo itself
        // for residual architectures, else around mid-grey.
        NDArray scaled = y.mul(Scalars.of(y, 127.5));
        NDArray out = arch.residualOutput() ? scaled.add(padded) : scaled.add(Scalars.of(y, 127.5));
        return out.get(":, :, :" + h + ", :" + wd);
    }

    private NDArray residualConv(Weights w, String name, NDArray x, boolean relu, NormStatistics stats) {
        if (arch.separable()) {
            long channels = x.getShape().get(1);
            x = Ops.conv(x, w.get(name + ".depthwise"), null, 1, (int) channels);
        }
        return block(w, name, x, 1, relu, stats);
    }

    private static NDArray block(Weights w, String name, NDArray x, int stride, boolean relu, NormStatistics stats) {
        NDArray y = Ops.conv(x, w.get(name + ".weight"), w.get(name + ".bias"), stride, 1);
        y = stats == null ? Ops.instanceNorm(y, w.get(name + ".gamma"), w.get(name + ".beta"))
            : Ops.instanceNorm(y, w.get(name + ".gamma"), w.get(name + ".beta"), stats, name);
        return relu ? Ops.relu(y) : y;
    }

    /** Reflection-pads the bottom and right so both sides are multiples of {@code m}. */
    static NDArray padToMultiple(NDArray x, int m) {
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        long ph = (m - h % m) % m;
        long pw = (m - w % m) % m;
        if (ph > 0) {
            x = x.concat(x.get(":, :, " + (h - ph - 1) + ":" + (h - 1) + ", :").flip(2), 2);
        }
        if (pw > 0) {
            x = x.concat(x.get(":, :, :, " + (w - pw - 1) + ":" + (w - 1)).flip(3), 3);
        }
        return x;
    }
}
