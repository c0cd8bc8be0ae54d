package dev.easel.stylize.arbitrary;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.EaselException;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.models.ModelCard;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.Method;
import dev.easel.models.ModelFile;
import dev.easel.nets.ParamSet;
import dev.easel.nets.wct.WctNet;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Trained whitening-and-colouring decoders with their VGG19 encoder, ready to stylize. */
public final class WctModel implements AutoCloseable {
    public static final String METHOD = AdainModel.METHOD;
    public static final String ARCHITECTURE = ArbitraryNetwork.WCT.id();

    private final ModelCard card;
    private final FeatureNetwork vgg;
    private final WctNet net;
    private final ParamSet params;

    private WctModel(ModelCard card, FeatureNetwork vgg, WctNet net, ParamSet params) {
        this.card = card;
        this.vgg = vgg;
        this.net = net;
        this.params = params;
    }

    /** Loads NAME.json + NAME.weights; {@code vgg} is owned by the model from then on. */
    public static WctModel load(Path cardPath, FeatureNetwork vgg) {
        ModelCard card = ModelFile.readCard(cardPath);
        card.require(Method.ARBITRARY, ARCHITECTURE, "a whitening-and-colouring (wct) one");
        WctNet net = WctNet.forNetwork(vgg);
        return ModelFile.load(cardPath, card, vgg.newManager(), net.parameterShapes(), params -> new WctModel(card, vgg, net, params));
    }

    public ModelCard card() {
        return card;
    }

    /** {@code photo} resized so both sides are multiples of {@code multiple} (at least one). */
    public static Picture fitToGrid(Picture photo, int multiple) {
        int w = Math.max(multiple, photo.width() / multiple * multiple);
        int h = Math.max(multiple, photo.height() / multiple * multiple);
        return w == photo.width() && h == photo.height() ? photo : Resizer.resize(photo, w, h);
    }

    /**
     * Stylizes {@code photo} (any size; the output has the same size) with the paintings mixed by
     * {@code weights}; {@code alpha} blends the content features (0) with the transformed ones (1) at every level.
     * Paintings are encoded at the output's long side, as Gatys sizes a style.
     */
    public Picture apply(Picture photo, List<Picture> styles, double[] weights, double alpha) {
        Picture grid = fitToGrid(photo, net.multiple());
        int longSide = Math.max(photo.width(), photo.height());
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] shares = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            shares[i] = weights[i] / sum;
        }
        try (NDManager m = params.manager().newSubManager()) {
            List<NDArray> paintings = new ArrayList<>();
            for (Picture s : styles) {
                paintings.add(Tensors.fromPicture(m, AdainModel.styleInput(s, longSide)));
            }
            Picture out = Tensors.toPicture(net.stylize(vgg, params::get, Tensors.fromPicture(m, grid), paintings, shares, alpha));
            return out.width() == photo.width() && out.height() == photo.height() ? out
                : Resizer.resize(out.clamped(), photo.width(), photo.height());
        }
    }

    @Override
    public void close() {
        try {
            params.close();
        } finally {
            vgg.close();
        }
    }
}
