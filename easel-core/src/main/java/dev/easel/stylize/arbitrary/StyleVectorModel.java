package dev.easel.stylize.arbitrary;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.EaselException;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.nets.Architecture;
import dev.easel.nets.Conditioning;
import dev.easel.nets.ParamSet;
import dev.easel.nets.yanai.StyleEncoder;
import dev.easel.nets.yanai.StyleVectorNet;
import dev.easel.stylize.realtime.RealtimeModel;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.Map;

/**
 * A trained style-vector network (Yanai) loaded from a model file: {@link #styleVector} encodes any
 * painting, and {@link #transformer()} paints with the rows [1, s] of a {@code MixPlan} projected onto
 * those vectors (tiling and shared statistics as for real-time networks).
 */
public final class StyleVectorModel implements AutoCloseable {
    public static final String ARCHITECTURE = "yanai";
    /**
     * Long side a painting is described at. VGG statistics depend on scale, and training describes crops of
     * 160-240 px of 224 px paintings; at this side a painting's strokes are about as large.
     */
    public static final int STYLE_SIZE = 256;

    private final ModelCard card;
    private final FeatureNetwork vgg;
    private final StyleVectorNet net;
    private final ParamSet params;
    private final RealtimeModel transformer;

    private StyleVectorModel(ModelCard card, FeatureNetwork vgg, StyleVectorNet net, ParamSet params, NDManager manager) {
        this.card = card;
        this.vgg = vgg;
        this.net = net;
        this.params = params;
        this.transformer = RealtimeModel.of(card, manager, params, net.transformer());
    }

    /** Loads {@code NAME.json} + {@code NAME.weights}; {@code vgg} describes the paintings and is closed with the model. */
    public static StyleVectorModel load(Path cardPath, FeatureNetwork vgg) {
        ModelCard card = ModelFile.readCard(cardPath);
        if (!ArbitraryModel.METHOD.equals(card.method()) || !ARCHITECTURE.equals(card.architecture())) {
            throw new EaselException("model '" + card.name() + "' is " + dev.easel.names.Articles.a(card.method()) + " (" + card.architecture()
                + ") model, not a style-vector (yanai) one");
        }
        vgg.requireLayers(StyleEncoder.LAYERS);
        StyleVectorNet net;
        try {
            Map<String, Object> s = card.settings();
            net = new StyleVectorNet(Architecture.named(String.valueOf(s.get("transformer"))),
                Conditioning.named(String.valueOf(s.get("conditioning"))), ((Number) s.get("styleVector")).intValue());
        } catch (RuntimeException e) {
            throw new EaselException("model '" + card.name() + "': its card does not describe a style-vector network ("
                + e.getMessage() + ")");
        }
        NDManager manager = vgg.newManager();
        try {
            ParamSet params = new ParamSet(manager);
            ModelFile.loadWeights(cardPath, card, params, net.parameterShapes());
            return new StyleVectorModel(card, vgg, net, params, manager);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public ModelCard card() {
        return card;
    }

    /** The conditional transformer, reading [1, s] as its style weights. */
    public RealtimeModel transformer() {
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
            return StyleVectorNet.conditioning(vector).toFloatArray();
        }
    }

    @Override
    public void close() {
        transformer.close();
        vgg.close();
    }
}
