package dev.easel.stylize.gatys;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.easel.EaselException;
import dev.easel.engine.Gradients;
import dev.easel.engine.Scalars;
import dev.easel.image.Tile;
import dev.easel.loss.LossValues;
import dev.easel.loss.LossSettings;
import dev.easel.loss.Losses;
import dev.easel.loss.StyleTarget;
import dev.easel.optim.Evaluation;
import dev.easel.optim.Objective;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.ReceptiveField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Gatys loss and its exact gradient for images too large to run through VGG at once. The image is cut
 * into tiles with a margin wider than the deepest layer's receptive field, so every feature in a tile's
 * core equals the whole-image feature. Content and total variation are sums over positions. The style
 * loss is not (it compares the whole image's Gram), so a first, gradient-free pass sums each tile's
 * contribution to the Gram; the second pass backpropagates, tile by tile, the surrogate
 * {@code sum(dL/dG * G_tile)}, whose gradient is exactly the style loss's. Peak memory is that of one tile.
 */
final class TiledGatysObjective implements Objective, AutoCloseable {
    private final FeatureNetwork network;
    private final LossSettings weights;
    private final StyleTarget style;
    private final Shape imageShape;
    private final Runnable beforeBackward;
    private final Set<String> layers = new LinkedHashSet<>();
    private final List<Tile> tiles;
    private final NDManager targets;
    private final List<NDArray> contentTargets = new ArrayList<>();
    private final long contentElements;

    TiledGatysObjective(FeatureNetwork network, LossSettings weights, NDArray content, StyleTarget style, int tileSize,
                        Runnable beforeBackward) {
        this.network = network;
        this.weights = weights;
        this.style = style;
        this.imageShape = content.getShape();
        this.beforeBackward = beforeBackward;
        layers.add(weights.contentLayer());
        layers.addAll(weights.styleLayers().keySet());
        int align = layers.stream().mapToInt(ReceptiveField::stride).max().orElse(1);
        int radius = layers.stream().mapToInt(ReceptiveField::radius).max().orElse(0);
        int margin = roundUp(radius + 1, align);
        this.tiles = Tile.grid((int) imageShape.get(3), (int) imageShape.get(2), roundUp(Math.max(tileSize, align), align), margin);
        this.targets = content.getManager().newSubManager();
        long elements = 0;
        for (Tile t : tiles) {
            try (NDManager m = targets.newSubManager()) {
                NDArray crop = content.get(padded(t));
                crop.attach(m);
                NDArray f = network.features(crop, List.of(weights.contentLayer())).get(weights.contentLayer());
                NDArray core = crop(f, t, weights.contentLayer()).duplicate();
                core.attach(targets);
                contentTargets.add(core);
                elements += core.size();
            }
        }
        this.contentElements = elements;
    }

    int tileCount() {
        return tiles.size();
    }

    @Override
    public Evaluation evaluate(NDArray x) {
        NDManager owner = x.getManager();
        try (NDManager eval = owner.newSubManager()) {
            NDArray image = x.reshape(imageShape);
            image.attach(eval);
            Map<String, NDArray> coefficients = new HashMap<>();
            double styleLoss = styleCoefficients(image, eval, coefficients);
            NDArray gradient = eval.zeros(imageShape);
            double contentLoss = 0;
            for (int i = 0; i < tiles.size(); i++) {
                contentLoss += backpropagateTile(image, tiles.get(i), contentTargets.get(i), coefficients, gradient);
            }
            double tv = backpropagateTotalVariation(image, gradient);
            double total = contentLoss + styleLoss + tv;
            if (!Double.isFinite(total)) {
                throw new EaselException("the optimization diverged (loss is " + total + "); try lower weights");
            }
            NDArray flat = gradient.reshape(-1);
            flat.attach(owner);
            return new Evaluation(new LossValues(contentLoss, styleLoss, tv, total), flat);
        }
    }

    /**
     * First pass, without gradients: the whole image's Grams, summed over tile cores. Returns the style
     * loss and fills, per layer, dL/dG divided by the layer's position count (the surrogate's weights).
     */
    private double styleCoefficients(NDArray image, NDManager eval, Map<String, NDArray> coefficients) {
        Map<String, NDArray> sums = new HashMap<>();
        Map<String, Long> positions = new HashMap<>();
        for (Tile t : tiles) {
            try (NDManager m = eval.newSubManager()) {
                NDArray crop = image.get(padded(t));
                crop.attach(m);
                Map<String, NDArray> features = network.features(crop, weights.styleLayers().keySet());
                for (Map.Entry<String, NDArray> e : features.entrySet()) {
                    NDArray core = crop(e.getValue(), t, e.getKey());
                    NDArray product = unnormalisedGram(core);
                    NDArray sum = sums.containsKey(e.getKey()) ? sums.get(e.getKey()).add(product) : product;
                    sum.attach(eval);
                    sums.put(e.getKey(), sum);
                    positions.merge(e.getKey(), core.getShape().get(2) * core.getShape().get(3), Long::sum);
                }
            }
        }
        double loss = 0;
        // full-scale terms only: a style pyramid's coarser scales are matched at the untiled coarse-to-fine levels
        for (Map.Entry<String, Double> layer : weights.styleLayers().entrySet()) {
            long p = positions.get(layer.getKey());
            NDArray gram = sums.get(layer.getKey()).div(p);
            NDArray target = style.grams().get(layer.getKey()).reshape(gram.getShape());
            NDArray diff = gram.sub(target);
            double scale = weights.styleWeight() * layer.getValue();
            loss += scale * diff.square().mean().getFloat();
            // d/dG of scale * mean((G - A)^2) is 2 * scale * (G - A) / C^2; G = S / p contributes 1/p.
            coefficients.put(layer.getKey(), diff.mul(2 * scale / diff.size() / p));
        }
        return loss;
    }

    /** Second pass for one tile: backpropagates content and style surrogate; returns its content loss. */
    private double backpropagateTile(NDArray image, Tile t, NDArray contentTarget, Map<String, NDArray> coefficients,
                                     NDArray gradient) {
        try (NDManager m = image.getManager().newSubManager()) {
            NDArray leaf = image.get(padded(t)).duplicate();
            leaf.attach(m);
            leaf.setRequiresGradient(true);
            double content;
            try (GradientCollector collector = Gradients.collector()) {
                Map<String, NDArray> features = network.features(leaf, layers);
                NDArray contentCore = crop(features.get(weights.contentLayer()), t, weights.contentLayer());
                NDArray contentTerm = Scalars.mul(contentCore.sub(contentTarget).square().sum(),
                    weights.contentWeight() / contentElements);
                NDArray total = contentTerm;
                for (String layer : weights.styleLayers().keySet()) {
                    NDArray product = unnormalisedGram(crop(features.get(layer), t, layer));
                    total = total.add(product.mul(coefficients.get(layer)).sum());
                }
                beforeBackward.run();
                collector.backward(total);
                content = contentTerm.getFloat();
            }
            NDArray g = leaf.getGradient();
            NDIndex region = padded(t);
            gradient.set(region, gradient.get(region).add(g));
            return content;
        }
    }

    private double backpropagateTotalVariation(NDArray image, NDArray gradient) {
        if (weights.tvWeight() == 0) {
            return 0;
        }
        try (NDManager m = image.getManager().newSubManager()) {
            NDArray leaf = image.duplicate();
            leaf.attach(m);
            leaf.setRequiresGradient(true);
            double tv;
            try (GradientCollector collector = Gradients.collector()) {
                NDArray term = Scalars.mul(Losses.totalVariation(leaf), weights.tvWeight());
                collector.backward(term);
                tv = term.getFloat();
            }
            gradient.addi(leaf.getGradient());
            return tv;
        }
    }

    /** The tile's padded region of an N x C x H x W image. */
    private static NDIndex padded(Tile t) {
        return new NDIndex(":, :, " + t.py0() + ":" + t.py1() + ", " + t.px0() + ":" + t.px1());
    }

    /** The tile's core in the features of {@code layer}, computed from its padded region. */
    private static NDArray crop(NDArray features, Tile t, String layer) {
        Shape s = features.getShape();
        int stride = ReceptiveField.stride(layer);
        long fy1 = Math.min(s.get(2), (t.y1() - t.py0()) / stride);
        long fx1 = Math.min(s.get(3), (t.x1() - t.px0()) / stride);
        return features.get(new NDIndex(":, :, " + (t.y0() - t.py0()) / stride + ":" + fy1 + ", " + (t.x0() - t.px0()) / stride + ":" + fx1));
    }

    /** C x C sum of feature products over the positions (not yet divided by their count). */
    private static NDArray unnormalisedGram(NDArray features) {
        Shape s = features.getShape();
        NDArray flat = features.reshape(s.get(1), s.get(2) * s.get(3));
        return flat.matMul(flat.transpose());
    }

    private static int roundUp(int value, int multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }

    @Override
    public void close() {
        targets.close();
    }
}
