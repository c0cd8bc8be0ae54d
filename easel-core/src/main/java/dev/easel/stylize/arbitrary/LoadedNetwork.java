package dev.easel.stylize.arbitrary;

import ai.djl.ndarray.types.Shape;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.Method;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.nets.ParamSet;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * What every arbitrary-style model holds: its card, the VGG19 encoder its network reads, the network and its
 * trained parameters (owned by a manager of {@code vgg}).
 */
record LoadedNetwork<N>(ModelCard card, FeatureNetwork vgg, N net, ParamSet params) {
    /**
     * Loads {@code NAME.json} + {@code NAME.weights}, checking from the card, before any weights are read, that
     * it is a model of {@code network}.
     *
     * @param description the network in the refusal of another model ("an arbitrary-style (adain) one")
     * @param build       the network the card describes (it may refuse the card or the encoder)
     * @param shapes      the network's parameter names and shapes, in order
     */
    static <N> LoadedNetwork<N> load(Path cardPath, FeatureNetwork vgg, ArbitraryNetwork network, String description,
                                     Function<ModelCard, N> build, Function<N, Map<String, Shape>> shapes) {
        ModelCard card = ModelFile.readCard(cardPath);
        card.require(Method.ARBITRARY, network.id(), description);
        N net = build.apply(card);
        return ModelFile.load(cardPath, card, vgg.newManager(), shapes.apply(net), params -> new LoadedNetwork<>(card, vgg, net, params));
    }

    /** Closes the parameters, and the encoder too when {@code withEncoder}. */
    void close(boolean withEncoder) {
        try {
            params.close();
        } finally {
            if (withEncoder) {
                vgg.close();
            }
        }
    }
}
