package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.EaselException;
import dev.easel.engine.Scalars;
import dev.easel.nets.Ops;
import dev.easel.nets.ParamSet;
import dev.easel.nets.ParameterLookup;
import dev.easel.vgg.FeatureNetwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The AdaIN arbitrary-style network (Huang & Belongie 2017): the fixed VGG19 encoder up to
 * {@link #encoderLayer()} (relu4_1 with the full VGG19, relu3_1 with the shared blocks 1-3), AdaIN, and a
 * trained decoder mirroring the encoder: 3x3 convolutions with reflection padding and ReLU, nearest 2x
 * upsampling where the encoder pools, no normalization. The decoder's last layer outputs 0..1 and is scaled
 * to 0..255 pixels, so Huang's learning rate applies unchanged.
 *
 * <p>The decoder is a function of named parameters in a {@link ParamSet} (like TransformerNet); inputs are
 * N x 3 x H x W RGB in 0..255 with H and W multiples of {@link #multiple()}.
 */
public final class AdainNet {
    /** One decoder convolution: name, channels in and out, and whether 2x upsampling follows. */
    private record Layer(String name, int in, int out, boolean upsample) {
    }

    private final String encoderLayer;
    private final List<Layer> decoder;

    /** Every decoder layer from the deepest encoder layer down; a shallower decoder is a tail of it. */
    private static final List<Layer> FULL = List.of(
        new Layer("dec4_1", 512, 256, true), new Layer("dec3_4", 256, 256, false), new Layer("dec3_3", 256, 256, false),
        new Layer("dec3_2", 256, 256, false), new Layer("dec3_1", 256, 128, true), new Layer("dec2_2", 128, 128, false),
        new Layer("dec2_1", 128, 64, true), new Layer("dec1_2", 64, 64, false), new Layer("dec1_1", 64, 3, false));
    private static final List<String> ENCODER_LAYERS = List.of("relu4_1", "relu3_1", "relu2_1", "relu1_1");
    /** Where each encoder layer's decoder starts in {@link #FULL}. */
    private static final int[] FIRST = {0, 4, 6, 8};

    /** @param encoderLayer relu4_1, relu3_1 (AdaIN), relu2_1 or relu1_1 (the finer decoders of whitening and colouring) */
    public AdainNet(String encoderLayer) {
        int i = ENCODER_LAYERS.indexOf(encoderLayer);
        if (i < 0) {
            throw new IllegalArgumentException("the decoder reads relu1_1, relu2_1, relu3_1 or relu4_1, not " + encoderLayer);
        }
        this.encoderLayer = encoderLayer;
        this.decoder = FULL.subList(FIRST[i], FULL.size());
    }

    /** The deepest encoder layer {@code vgg} has: relu4_1 when the full VGG19 is loaded, else relu3_1. */
    public static AdainNet forNetwork(FeatureNetwork vgg) {
        if (vgg.has("relu4_1")) {
            return new AdainNet("relu4_1");
        }
        if (vgg.has("relu3_1")) {
            return new AdainNet("relu3_1");
        }
        throw new EaselException("AdaIN needs VGG19 up to relu3_1 at least; " + vgg.source() + " has " + vgg.layers());
    }

    public String encoderLayer() {
        return encoderLayer;
    }

    /** The layers whose statistics the style loss matches: relu1_1 ... the encoder layer. */
    public List<String> styleLayers() {
        return encoderLayer.equals("relu4_1") ? List.of("relu1_1", "relu2_1", "relu3_1", "relu4_1")
            : List.of("relu1_1", "relu2_1", "relu3_1");
    }

    /** Input sides must be multiples of this (the encoder pools that many times by 2). */
    public int multiple() {
        return 1 << (ENCODER_LAYERS.size() - 1 - ENCODER_LAYERS.indexOf(encoderLayer));
    }

    /** Every decoder parameter's name and shape, in file order: what initialisation and loading follow. */
    public Map<String, Shape> parameterShapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (Layer l : decoder) {
            shapes.put(l.name() + ".weight", new Shape(l.out(), l.in(), 3, 3));
            shapes.put(l.name() + ".bias", new Shape(l.out()));
        }
        return shapes;
    }

    /**
     * Normal weights with PyTorch's default convolution scale (std 1/sqrt(3 fan-in), which Huang & Belongie's
     * decoder started from; He's scale let VGG's large features through at full size and saturated the first
     * outputs), zero biases; the output layer starts ten times smaller, around mid-grey.
     */
    public void initialize(ParamSet params, long seed) {
        Random random = new Random(seed);
        String last = decoder.get(decoder.size() - 1).name();
        for (Map.Entry<String, Shape> p : parameterShapes().entrySet()) {
            Shape shape = p.getValue();
            if (p.getKey().endsWith(".weight")) {
                // initNormal's std is sqrt(2 / fanIn): 6 x fan-in gives 1/sqrt(3 fan-in)
                long fanIn = 6 * shape.get(1) * shape.get(2) * shape.get(3);
                params.initNormal(p.getKey(), shape, p.getKey().startsWith(last) ? fanIn * 100 : fanIn, random);
            } else {
                params.initConstant(p.getKey(), shape, p.getKey().startsWith(last) ? 0.5f : 0f);
            }
        }
    }

    /** Encoder features at {@link #encoderLayer()} (no gradients needed through them at inference). */
    public NDArray encode(FeatureNetwork vgg, NDArray image) {
        return vgg.features(image, List.of(encoderLayer)).get(encoderLayer);
    }

    /** Decodes features at the encoder layer to an image in 0..255 (unclamped), {@link #multiple()} times larger. */
    public NDArray decode(ParameterLookup w, NDArray features) {
        NDArray x = features;
        boolean upsamplePending = false; // the previous layer's 2x upsampling, which this layer's convolution does
        for (int i = 0; i < decoder.size(); i++) {
            Layer l = decoder.get(i);
            NDArray weight = w.get(l.name() + ".weight");
            NDArray bias = w.get(l.name() + ".bias");
            NDArray y = upsamplePending ? Ops.upsampleConv(x, weight, bias) : Ops.conv(x, weight, bias, 1, 1);
            if (i < decoder.size() - 1) {
                NDArray r = Ops.relu(y);
                y.close();
                y = r;
            }
            if (x != features) {
                x.close();
            }
            x = y;
            upsamplePending = l.upsample();
        }
        if (upsamplePending) {
            try (NDArray last = x) {
                x = Ops.upsample2(last);
            }
        }
        try (NDArray unit = x) {
            return Scalars.mul(unit, 255);
        }
    }
}
