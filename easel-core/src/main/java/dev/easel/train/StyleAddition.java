package dev.easel.train;

import ai.djl.ndarray.NDArray;
import dev.easel.EaselException;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.nets.Conditioning;
import dev.easel.nets.ParamSet;
import dev.easel.nets.TransformerNet;

import java.nio.file.Path;

/**
 * Adds a style to a trained multi-style network without retraining the others: with conditional instance
 * norm a style is nothing but its own row of scales and shifts in every norm layer. The new network starts
 * as the old one with that row set to the mean of the existing styles, and only that row is trained.
 */
final class StyleAddition {
    private StyleAddition() {
    }

    /** Fills {@code params} (the network with one more style) from the base model. */
    static void startFrom(Path baseCard, TransformerNet net, ParamSet params) {
        ModelCard card = ModelFile.readCard(baseCard);
        TransformerNet base = card.network();
        if (base.conditioning() != Conditioning.INSTANCE_NORM || net.conditioning() != Conditioning.INSTANCE_NORM) {
            throw new EaselException(baseCard + ": adding a style needs a model with conditional instance norm (cin)");
        }
        if (base.styles() + 1 != net.styles() || !base.architecture().equals(net.architecture())) {
            throw new EaselException(baseCard + ": the new network must be the model's architecture with one more style");
        }
        try (ParamSet old = new ParamSet(params.manager())) {
            ModelFile.loadWeights(baseCard, card, old, base.parameterShapes());
            for (String name : params.values().keySet()) {
                NDArray value = old.get(name);
                if (isStyleParameter(name)) {
                    // the new style's row starts as the average style
                    value = value.concat(value.mean(new int[] {0}, true), 0);
                } else {
                    value = value.duplicate();
                }
                params.replace(name, value);
            }
        }
    }

    /** The per-style rows of conditional instance norm: the only parameters a new style trains. */
    static boolean isStyleParameter(String name) {
        return name.endsWith(".gamma") || name.endsWith(".beta");
    }
}
