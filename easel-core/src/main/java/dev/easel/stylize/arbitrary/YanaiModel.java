package dev.easel.stylize.arbitrary;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.models.ModelCard;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.YanaiCard;
import dev.easel.nets.yanai.StyleEncoder;
import dev.easel.nets.yanai.YanaiNet;
import dev.easel.stylize.TransformerPainter;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;

/**
 * A trained Yanai network (a transformer conditioned by a painting's style vector, see {@link YanaiNet})
 * loaded from a model file: {@link #conditioningRow} encodes any painting, and {@link #transformer()} paints
 * with the rows [1, s] of a {@code MixPlan} projected onto those vectors (tiling and shared statistics as for
 * real-time networks).
 */
public final class YanaiModel implements AutoCloseable {
    public static final String ARCHITECTURE = ArbitraryNetwork.YANAI.id();
    /**
     * Long side a painting is described at. VGG statistics depend on scale, and training describes crops of
     * 160-240 px of 224 px paintings; at this side a painting's strokes are about as large.
     */
    public static final int STYLE_SIZE = 256;

    private final LoadedNetwork<YanaiNet> loaded;
    /** Paints with the loaded parameters (closed with them). */
    private final TransformerPainter transformer;

    private YanaiModel(LoadedNetwork<YanaiNet> loaded) {
        this.loaded = loaded;
        this.transformer = new TransformerPainter(loaded.net().transformer(), loaded.params().manager(), loaded.params());
    }

    /** Loads {@code NAME.json} + {@code NAME.weights}; {@code vgg} describes the paintings and is closed with the model. */
    public static YanaiModel load(Path cardPath, FeatureNetwork vgg) {
        return new YanaiModel(LoadedNetwork.load(cardPath, vgg, ArbitraryNetwork.YANAI, "a style-vector (yanai) one", card -> {
            vgg.requireLayers(StyleEncoder.LAYERS);
            YanaiCard settings = YanaiCard.of(card);
            return new YanaiNet(settings.transformer(), settings.conditioning(), settings.styleVector());
        }, YanaiNet::parameterShapes));
    }

    public ModelCard card() {
        return loaded.card();
    }

    /** The conditional transformer, reading [1, s] as its style weights. */
    public TransformerPainter transformer() {
        return transformer;
    }

    /** A painting as the style encoder sees it: long side {@value #STYLE_SIZE}. */
    public static Picture styleInput(Picture painting) {
        return Resizer.fitLongSide(painting, STYLE_SIZE);
    }

    /** The row [1, s] the transformer paints {@code painting} with. */
    public float[] conditioningRow(Picture painting) {
        try (NDManager m = loaded.params().manager().newSubManager()) {
            NDArray statistics = StyleEncoder.statistics(loaded.vgg(), Tensors.fromPicture(m, styleInput(painting)));
            NDArray vector = loaded.net().styleVectors(loaded.params()::get, statistics);
            return YanaiNet.conditioning(vector).toFloatArray();
        }
    }

    @Override
    public void close() {
        loaded.close(true);
    }
}
