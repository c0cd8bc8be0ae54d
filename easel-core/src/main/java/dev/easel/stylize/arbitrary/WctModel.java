package dev.easel.stylize.arbitrary;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.models.ModelCard;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.nets.wct.WctNet;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Trained whitening-and-colouring decoders with their VGG19 encoder, ready to stylize. */
public final class WctModel implements AutoCloseable {
    public static final String ARCHITECTURE = ArbitraryNetwork.WCT.id();

    private final LoadedNetwork<WctNet> loaded;

    private WctModel(LoadedNetwork<WctNet> loaded) {
        this.loaded = loaded;
    }

    /** Loads NAME.json + NAME.weights; {@code vgg} is owned by the model from then on. */
    public static WctModel load(Path cardPath, FeatureNetwork vgg) {
        return new WctModel(LoadedNetwork.load(cardPath, vgg, ArbitraryNetwork.WCT, "a whitening-and-colouring (wct) one",
            card -> WctNet.forNetwork(vgg), WctNet::parameterShapes));
    }

    public ModelCard card() {
        return loaded.card();
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
        WctNet net = loaded.net();
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
        try (NDManager m = loaded.params().manager().newSubManager()) {
            List<NDArray> paintings = new ArrayList<>();
            for (Picture s : styles) {
                paintings.add(Tensors.fromPicture(m, AdainModel.styleInput(s, longSide)));
            }
            Picture out = Tensors.toPicture(net.stylize(loaded.vgg(), loaded.params()::get, Tensors.fromPicture(m, grid), paintings, shares,
                alpha));
            return out.width() == photo.width() && out.height() == photo.height() ? out
                : Resizer.resize(out.clamped(), photo.width(), photo.height());
        }
    }

    @Override
    public void close() {
        loaded.close(true);
    }
}
