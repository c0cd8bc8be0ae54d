package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import dev.easel.EaselException;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.nets.ParamSet;
import dev.easel.nets.TransformerNet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a network from trained models of the same architecture instead of from random weights. A
 * trained real-time network already keeps the content and paints texture from its noise channel; a
 * multi-style network started from it only has to learn how the styles differ, which on this CPU saves
 * a good part of the training.
 *
 * <p>With one model, parameters it has with the same shape are copied. With several (say the real-time
 * networks of a multi-style network's paintings, all fine-tuned from one ancestor), shared parameters
 * start as their average. Per-style scales and shifts (conditional instance norm) start, for each painting,
 * as those of the model trained on that painting, and otherwise as the models' mean style. The fusion layer
 * of Yanai's concatenation, which a single-style model lacks, starts as the identity on the features and
 * zero on the style vector, so the network starts out as the model.
 */
final class WarmStart {
    private WarmStart() {
    }

    static void from(Path modelCard, TransformerNet net, ParamSet params) {
        from(List.of(modelCard), List.of(), net, params);
    }

    /**
     * @param paintings the file names of the network's paintings in style-row order (empty when it has none)
     */
    static void from(List<Path> modelCards, List<String> paintings, TransformerNet net, ParamSet params) {
        List<Source> sources = new ArrayList<>();
        try {
            for (Path card : modelCards) {
                sources.add(Source.load(card, net, params));
            }
            for (Map.Entry<String, Shape> p : net.parameterShapes().entrySet()) {
                start(p.getKey(), p.getValue(), sources, paintings, params);
            }
        } finally {
            sources.forEach(s -> s.weights.close());
        }
    }

    private static void start(String name, Shape shape, List<Source> sources, List<String> paintings, ParamSet params) {
        List<Source> having = sources.stream().filter(s -> s.weights.values().containsKey(name)).toList();
        if (having.isEmpty()) {
            if (name.equals("cond.weight")) {
                params.replace(name, identityFusion(params, shape));
            }
            return;
        }
        NDList rows = new NDList();
        try {
            // a multi-style model's rows go to the same paintings, whatever their order in either network
            boolean rowsByPainting = !paintings.isEmpty() && shape.dimension() == 2 && StyleAddition.isStyleParameter(name);
            if (!rowsByPainting && having.stream().allMatch(s -> s.weights.get(name).getShape().equals(shape))) {
                for (Source s : having) {
                    rows.add(s.weights.get(name).expandDims(0));
                }
                params.replace(name, mean(rows));
                return;
            }
            if (shape.dimension() != 2) {
                throw new EaselException(having.get(0).card + ": parameter " + name + " has shape "
                    + having.get(0).weights.get(name).getShape() + ", the network needs " + shape);
            }
            NDList means = new NDList();
            for (Source s : having) {
                means.add(s.rows(name, shape.get(1)).mean(new int[] {0}, true));
            }
            try (NDArray meanStyle = mean(means)) {
                for (int i = 0; i < shape.get(0); i++) {
                    rows.add(styleRow(name, i < paintings.size() ? paintings.get(i) : null, having, shape.get(1), meanStyle));
                }
            } finally {
                means.close();
            }
            params.replace(name, NDArrays.concat(rows, 0));
        } finally {
            rows.close();
        }
    }

    /** Row (1 x width) of the model trained on this painting (alone, or among others), else the mean style. */
    private static NDArray styleRow(String name, String painting, List<Source> sources, long width, NDArray meanStyle) {
        for (Source s : sources) {
            int row = s.styles.indexOf(painting);
            if (row >= 0) {
                try (NDArray all = s.rows(name, width)) {
                    return all.get(row).reshape(1, width);
                }
            }
        }
        return meanStyle.reshape(1, width);
    }

    private static NDArray mean(NDList stacked) {
        try (NDArray all = NDArrays.concat(stacked, 0)) {
            return all.mean(new int[] {0});
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

    /** One model's weights and the paintings of its style rows. */
    private record Source(Path card, ParamSet weights, List<String> styles) {
        static Source load(Path modelCard, TransformerNet net, ParamSet params) {
            ModelCard card = ModelFile.readCard(modelCard);
            TransformerNet network = card.network();
            if (!network.architecture().equals(net.architecture())) {
                throw new EaselException(modelCard + ": architecture '" + network.architecture().name()
                    + "' cannot start a '" + net.architecture().name() + "' network");
            }
            ParamSet weights = new ParamSet(params.manager());
            ModelFile.loadWeights(modelCard, card, weights, network.parameterShapes());
            return new Source(modelCard, weights, card.styles());
        }

        /** The parameter as style rows: a single-style model's one row, or a multi-style model's rows. */
        NDArray rows(String name, long width) {
            NDArray value = weights.get(name);
            if (value.getShape().get(value.getShape().dimension() - 1) != width) {
                throw new EaselException(card + ": parameter " + name + " has shape " + value.getShape()
                    + ", the network's style rows are " + width + " wide");
            }
            return value.reshape(-1, width);
        }
    }
}
