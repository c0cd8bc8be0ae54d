package dev.easel.stylize.arbitrary;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.models.ModelCard;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.Method;
import dev.easel.models.ModelFile;
import dev.easel.models.YanaiCard;
import dev.easel.nets.ParamSet;
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

    private final ModelCard card;
    private final FeatureNetwork vgg;
    private final YanaiNet net;
    private final ParamSet params;
    private final TransformerPainter transformer;

    private YanaiModel(ModelCard card, FeatureNetwork vgg, YanaiNet net, ParamSet params, NDManager manager) {
        this.card = card;
        this.vgg = vgg;
        this.net = net;
        this.params = params;
        this.transformer = new TransformerPainter(net.transformer(), manager, params);
    }

    /** Loads {@code NAME.json} + {@code NAME.weights}; {@code vgg} describes the paintings and is closed with the model. */
    public static YanaiModel load(Path cardPath, FeatureNetwork vgg) {
        ModelCard card = ModelFile.readCard(cardPath);
        card.require(Method.ARBITRARY, ARCHITECTURE, "a style-vector (yanai) one");
        vgg.requireLayers(StyleEncoder.LAYERS);
        YanaiCard settings = YanaiCard.of(card);
        YanaiNet net = new YanaiNet(settings.transformer(), settings.conditioning(), settings.styleVector());
        NDManager manager = vgg.newManager();
        return ModelFile.load(cardPath, card, manager, net.parameterShapes(),
            params -> new YanaiModel(card, vgg, net, params, manager));
    }

    public ModelCard card() {
        return card;
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
        try (NDManager m = params.manager().newSubManager()) {
            NDArray statistics = StyleEncoder.statistics(vgg, Tensors.fromPicture(m, styleInput(painting)));
            NDArray vector = net.styleVectors(params::get, statistics);
            return YanaiNet.conditioning(vector).toFloatArray();
        }
    }

    @Override
    public void close() {
        transformer.close();
        vgg.close();
    }
}
