package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Scalars;

import java.util.ArrayList;
import java.util.List;
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

    /** Declares and initialises every parameter, deterministically from {@code seed}. */
    public void initialize(ParamSet params, long seed) {
        Random random = new Random(seed);
        int[] c = arch.channels();
        conv(params, "enc1", 3, c[0], arch.outerKernel(), random);
        conv(params, "enc2", c[0], c[1], 3, random);
        conv(params, "enc3", c[1], c[2], 3, random);
        for (int i = 0; i < arch.residualBlocks(); i++) {
            for (String half : new String[] {"a", "b"}) {
                String name = "res" + i + half;
                if (arch.separable()) {
                    params.initNormal(name + ".depthwise", new Shape(c[2], 1, 3, 3), 9, random);
                    conv(params, name, c[2], c[2], 1, random);
                } else {
                    conv(params, name, c[2], c[2], 3, random);
                }
            }
        }
        conv(params, "up1", c[2], c[1], 3, random);
        conv(params, "up2", c[1], c[0], 3, random);
        params.initNormal("out.weight", new Shape(3, c[0], arch.outerKernel(), arch.outerKernel()),
            (long) c[0] * arch.outerKernel() * arch.outerKernel() * 100, random); // small: start near grey
        params.initConstant("out.bias", new Shape(3), 0f);
    }

    private static void conv(ParamSet params, String name, int in, int out, int kernel, Random random) {
        params.initNormal(name + ".weight", new Shape(out, in, kernel, kernel), (long) in * kernel * kernel, random);
        params.initConstant(name + ".bias", new Shape(out), 0f);
        params.initConstant(name + ".gamma", new Shape(out), 1f);
        params.initConstant(name + ".beta", new Shape(out), 0f);
    }

    /** Names of the parameters {@link #initialize} declares, in order (for validating model files). */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        List<String> convs = new ArrayList<>(List.of("enc1", "enc2", "enc3"));
        for (int i = 0; i < arch.residualBlocks(); i++) {
            convs.add("res" + i + "a");
            convs.add("res" + i + "b");
        }
        convs.addAll(List.of("up1", "up2"));
        for (String conv : convs) {
            if (conv.startsWith("res") && arch.separable()) {
                names.add(conv + ".depthwise");
            }
            names.addAll(List.of(conv + ".weight", conv + ".bias", conv + ".gamma", conv + ".beta"));
        }
        names.addAll(List.of("out.weight", "out.bias"));
        return names;
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
