package dev.easel.nets.wct;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.EaselException;
import dev.easel.engine.Scalars;
import dev.easel.loss.Losses;
import dev.easel.nets.ParamSet;
import dev.easel.nets.ParameterLookup;
import dev.easel.nets.adain.AdainNet;
import dev.easel.vgg.FeatureNetwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Universal style transfer (Li et al. 2017) with the VGG19 layers Easel has: decoders that invert relu3_1,
 * relu2_1 and relu1_1, trained only to reconstruct images, and the whitening and colouring transform at each
 * of them, coarse to fine: relu3_1 sets the painting's larger structures and colours, relu2_1 and relu1_1
 * its finer strokes. A decoder's parameters are stored under its layer's name ("relu2_1/dec2_1.weight").
 */
public final class WctNet {
    /** Coarse to fine: the order the transform runs in. */
    public static final List<String> LEVELS = List.of("relu3_1", "relu2_1", "relu1_1");

    private final Map<String, AdainNet> decoders = new LinkedHashMap<>();

    public WctNet() {
        for (String level : LEVELS) {
            decoders.put(level, new AdainNet(level));
        }
    }

    /** Checks that {@code vgg} reaches the deepest level. */
    public static WctNet forNetwork(FeatureNetwork vgg) {
        if (!vgg.has(LEVELS.get(0))) {
            throw new EaselException("whitening and colouring need VGG19 up to " + LEVELS.get(0) + "; " + vgg.source() + " has "
                + vgg.layers());
        }
        return new WctNet();
    }

    /** Input sides must be multiples of this (the deepest level pools twice). */
    public int multiple() {
        return decoders.get(LEVELS.get(0)).multiple();
    }

    public Map<String, Shape> parameterShapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        decoders.forEach((level, net) -> net.parameterShapes().forEach((name, shape) -> shapes.put(level + "/" + name, shape)));
        return shapes;
    }

    /** Each decoder initialised as AdaIN's is (their layers are the same kind). */
    public void initialize(ParamSet params, long seed) {
        int i = 0;
        for (Map.Entry<String, AdainNet> d : decoders.entrySet()) {
            ParamSet staging = new ParamSet(params.manager());
            d.getValue().initialize(staging, seed + i++);
            staging.values().forEach((name, value) -> params.put(d.getKey() + "/" + name, value.toFloatArray(), value.getShape()));
            staging.close();
        }
    }

    /** {@code level}'s decoder reading its parameters from {@code w}. */
    public NDArray decode(String level, ParameterLookup w, NDArray features) {
        return decoders.get(level).decode(name -> w.get(level + "/" + name), features);
    }

    public NDArray encode(FeatureNetwork vgg, String level, NDArray image) {
        return vgg.features(image, List.of(level)).get(level);
    }

    /**
     * The reconstruction loss of one level (Li et al.): pixel MSE in 0..1 units plus the feature MSE relative to
     * the features' own mean square, so that both terms are of the same order at every depth.
     *
     * @param features the image's features at {@code level} (a constant)
     */
    public NDArray reconstructionLoss(FeatureNetwork vgg, String level, ParameterLookup w, NDArray image, NDArray features,
                                      double featureScale) {
        NDArray decoded = decode(level, w, features);
        NDArray pixels = Scalars.div(Losses.meanSquaredError(decoded, image), 255.0 * 255.0);
        NDArray again = encode(vgg, level, decoded);
        NDArray feature = Scalars.div(Losses.meanSquaredError(again, features), featureScale);
        return pixels.add(feature);
    }

    /**
     * Stylizes {@code image} (1 x 3 x H x W, sides multiples of {@link #multiple()}): at each level, encode, whiten
     * and colour with the styles' features at that level, blend with {@code alpha}, decode.
     *
     * @param styles  each painting as 1 x 3 x h x w
     * @param weights the styles' shares, summing to 1
     */
    public NDArray stylize(FeatureNetwork vgg, ParameterLookup w, NDArray image, List<NDArray> styles, double[] weights, double alpha) {
        NDArray x = image;
        for (String level : LEVELS) {
            NDArray content = encode(vgg, level, x);
            List<NDArray> styleFeatures = styles.stream().map(s -> encode(vgg, level, s)).toList();
            NDArray moved = Wct.transfer(content, styleFeatures, weights);
            NDArray blended = alpha >= 1 ? moved : moved.mul(alpha).addi(content.mul(1 - alpha));
            NDArray next = decode(level, w, blended);
            styleFeatures.forEach(NDArray::close);
            content.close();
            if (blended != moved) {
                blended.close();
            }
            moved.close();
            if (x != image) {
                x.close();
            }
            x = next;
        }
        return x;
    }
}
