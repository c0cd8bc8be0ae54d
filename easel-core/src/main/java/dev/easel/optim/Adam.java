package dev.easel.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.List;

/** Adam (Kingma & Ba 2015) with every step projected back into the box. */
public final class Adam implements Optimizer {
    private final AdamRule rule;

    /** @param learningRate step size in pixel units (0..255 scale); around 2-10 works for images */
    public Adam(double learningRate) {
        this.rule = AdamRule.withLearningRate(learningRate);
    }

    @Override
    public OptimizationResult minimize(Objective objective, NDArray start, Bounds bounds, int iterations,
                                       IterationListener listener) {
        NDManager owner = start.getManager();
        NDArray x = start.clip(bounds.lower(), bounds.upper());
        NDArray m = x.zerosLike();
        NDArray v = x.zerosLike();
        Evaluation current = objective.evaluate(x);
        String reason = "iterations";
        int it = 0;
        while (it < iterations) {
            it++;
            NDArray xNext;
            NDArray mNext;
            NDArray vNext;
            try (StepScope scope = new StepScope(owner, List.of(x, m, v, current.gradient()))) {
                NDArray[] next = rule.update(x, current.gradient(), m, v, it);
                mNext = scope.keep(next[1]);
                vNext = scope.keep(next[2]);
                xNext = scope.keep(next[0].clip(bounds.lower(), bounds.upper()));
            }
            m.close();
            v.close();
            m = mNext;
            v = vNext;
            x.close();
            current.gradient().close();
            x = xNext;
            current = objective.evaluate(x);
            if (!listener.onIteration(it, current, x)) {
                reason = "cancelled";
                break;
            }
        }
        m.close();
        v.close();
        current.gradient().close();
        return new OptimizationResult(x, current.loss(), it, it + 1, reason);
    }

    @Override
    public String name() {
        return "adam";
    }
}
