package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.EaselException;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.nets.ParamSet;
import dev.easel.nets.TransformerNet;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a network from a trained model of the same architecture instead of from random weights. A
 * trained real-time network already keeps the content and paints texture from its noise channel; a
 * multi-style network started from it only has to learn how the styles differ, which on this CPU saves
 * a good part of the training.
 *
 * <p>Parameters the model has with the same shape are copied. Per-style scales and shifts (conditional
 * instance norm) start as the model's own (its mean style, for a multi-style model). The fusion layer of
 * Yanai's concatenation, which a single-style model lacks, starts as the identity on the features and
 * zero on the style vector, so the network starts out as the model.
 */
final class WarmStart {
    private WarmStart() {
    }

    static void from(Path modelCard, TransformerNet net, ParamSet params) {
        ModelCard card = ModelFile.readCard(modelCard);
        TransformerNet source = card.network();
        if (!source.architecture().equals(net.architecture())) {
            throw new EaselException(modelCard + ": architecture '" + source.architecture().name()
                + "' cannot start a '" + net.architecture().name() + "' network");
        }
        try (ParamSet trained = new ParamSet(params.manager())) {
            ModelFile.loadWeights(modelCard, card, trained, source.parameterShapes());
            for (Map.Entry<String, Shape> p : net.parameterShapes().entrySet()) {
                String name = p.getKey();
                Shape shape = p.getValue();
                if (!trained.values().containsKey(name)) {
                    if (name.equals("cond.weight")) {
                        params.replace(name, identityFusion(params, shape));
                    }
                    continue;
                }
                NDArray value = trained.get(name);
                if (value.getShape().equals(shape)) {
                    params.replace(name, value.duplicate());
                } else if (shape.dimension() == 2 && value.getShape().get(value.getShape().dimension() - 1) == shape.get(1)) {
                    // per-style rows from one row (single-style model) or from the mean of its rows
                    try (NDArray row = value.getShape().dimension() == 1 ? value.reshape(1, shape.get(1))
                        : value.mean(new int[] {0}, true)) {
                        params.replace(name, row.repeat(0, shape.get(0)));
                    }
                } else {
                    throw new EaselException(modelCard + ": parameter " + name + " has shape " + value.getShape()
                        + ", the network needs " + shape);
                }
            }
        }
    }

    /** A 1x1 convolution from features + style vector back to the features that passes the features through. */
    private static NDArray identityFusion(ParamSet params, Shape shape) {
        int out = (int) shape.get(0);
        int in = (int) shape.get(1);
        float[] data = new float[out * in];
        for (int o = 0; o < out; o++) {
            data[o * in + o] = 1f;
        }
        try (NDArray javaBacked = params.manager().create(data, shape)) {
            return javaBacked.duplicate();
        }
    }
}
