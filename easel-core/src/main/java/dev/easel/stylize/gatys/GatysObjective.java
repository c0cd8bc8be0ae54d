package dev.easel.stylize.gatys;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.easel.EaselException;
import dev.easel.engine.Gradients;
import dev.easel.loss.LossTerms;
import dev.easel.loss.LossValues;
import dev.easel.loss.PerceptualLoss;
import dev.easel.loss.StyleTarget;
import dev.easel.optim.Evaluation;
import dev.easel.optim.Objective;

/** The Gatys loss of a flat image vector, with its gradient, for the optimizers. */
final class GatysObjective implements Objective {
    private final PerceptualLoss loss;
    private final NDArray contentTarget;
    private final StyleTarget styleTarget;
    private final Shape imageShape;
    private final Runnable beforeBackward;

    GatysObjective(PerceptualLoss loss, NDArray contentTarget, StyleTarget styleTarget, Shape imageShape,
                   Runnable beforeBackward) {
        this.loss = loss;
        this.contentTarget = contentTarget;
        this.styleTarget = styleTarget;
        this.imageShape = imageShape;
        this.beforeBackward = beforeBackward;
    }

    @Override
    public Evaluation evaluate(NDArray x) {
        NDManager owner = x.getManager();
        try (NDManager step = owner.newSubManager()) {
            // A fresh leaf each evaluation: no gradient zeroing needed, nothing accumulates.
            NDArray copy = x.duplicate();
            copy.attach(step);
            NDArray leaf = copy.reshape(imageShape);
            leaf.setRequiresGradient(true);
            LossValues values;
            try (GradientCollector collector = Gradients.collector()) {
                LossTerms terms = loss.evaluate(leaf, contentTarget, styleTarget);
                beforeBackward.run();
                collector.backward(terms.total());
                values = terms.values();
            }
            if (!Double.isFinite(values.total())) {
                throw new EaselException("the optimization diverged (loss is " + values.total()
                    + "); try lower weights or a smaller learning rate");
            }
            NDArray gradient = leaf.getGradient().reshape(-1);
            gradient.attach(owner);
            return new Evaluation(values, gradient);
        }
    }
}
