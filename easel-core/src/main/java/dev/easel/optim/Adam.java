package dev.easel.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.List;

/** Adam (Kingma & Ba 2015) with every step projected back into the box. */
public final class Adam implements Optimizer {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;

    /** @param learningRate step size in pixel units (0..255 scale); around 2-10 works for images */
    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public String name() {
        return "adam";
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
                NDArray g = current.gradient();
                mNext = scope.keep(m.mul(beta1).add(g.mul(1 - beta1)));
                vNext = scope.keep(v.mul(beta2).add(g.square().mul(1 - beta2)));
                double stepSize = learningRate * Math.sqrt(1 - Math.pow(beta2, it)) / (1 - Math.pow(beta1, it));
                xNext = scope.keep(x.sub(mNext.div(vNext.sqrt().add(epsilon)).mul(stepSize))
                    .clip(bounds.lower(), bounds.upper()));
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
}
