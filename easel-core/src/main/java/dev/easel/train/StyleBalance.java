package dev.easel.train;

import ai.djl.ndarray.NDArray;
import dev.easel.loss.PerceptualLoss;
import dev.easel.loss.StyleTarget;

import java.util.List;

/**
 * How hard each painting's style loss pulls. Photos' Gram matrices sit 5-10x closer to some paintings
 * (the_scream, udnie) than to others (mosaic, candy), so one style weight leaves the former faint: trained
 * with the weight tuned on mosaic, udnie reached 30% of Gatys' style-loss reduction against mosaic's 89%.
 * Each style's loss is therefore scaled by {@link #REFERENCE_LOSS} / L, where L is the style loss of a fixed
 * set of training crops against that painting; the reference is L for mosaic.jpg, on which the default
 * style weight was tuned, so the weight keeps its meaning.
 */
final class StyleBalance {
    /** The unweighted style loss of the probe crops against mosaic.jpg (relu1_1..relu3_1, 256 px painting). */
    static final double REFERENCE_LOSS = 1.1e10;
    static final int PROBE_CROPS = 8;

    private StyleBalance() {
    }

    /**
     * One factor per target ({@code null} targets, styles not trained in this run, get 1).
     *
     * @param power  how far towards equal pull: 1 fully, 0.25 about what per-style networks needed (the
     *               per-style recipe's 0.008 for the_scream, udnie and picasso_selfport1907 against 0.005 for
     *               mosaic is their full factors, 5.5-7.2, to the power 0.25)
     * @param probe a batch of training crops, the same for every run with the same seed
     */
    static double[] factors(PerceptualLoss loss, List<StyleTarget> targets, NDArray probe, double power) {
        double[] factors = new double[targets.size()];
        for (int i = 0; i < factors.length; i++) {
            factors[i] = targets.get(i) == null ? 1
                : Math.pow(REFERENCE_LOSS / unweightedStyleLoss(loss, targets.get(i), probe), power);
        }
        return factors;
    }

    static double unweightedStyleLoss(PerceptualLoss loss, StyleTarget target, NDArray probe) {
        return loss.evaluate(probe, null, target).values().style() / loss.weights().styleWeight();
    }
}
