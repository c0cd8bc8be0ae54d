package dev.easel.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * One Adam update (Kingma & Ba 2015), shared by image optimization and network training. Runs outside
 * autograd. Returns new arrays for the point and both moments, owned by the point's manager.
 */
public record AdamRule(double learningRate, double beta1, double beta2, double epsilon) {

    public static AdamRule withLearningRate(double learningRate) {
        return new AdamRule(learningRate, 0.9, 0.999, 1e-8);
    }

    /**
     * @param step 1-based step number, for bias correction
     * @return the new point, first and second moments, owned by {@code x}'s manager; the inputs are untouched
     */
    public NDArray[] update(NDArray x, NDArray gradient, NDArray m, NDArray v, int step) {
        NDManager owner = x.getManager();
        // Temporaries would land in the managers of long-lived arrays: compute in a scope, keep only results.
        try (NDManager scope = owner.newSubManager()) {
            for (NDArray a : new NDArray[] {x, gradient, m, v}) {
                a.tempAttach(scope);
            }
            NDArray mNext = m.mul(beta1).add(gradient.mul(1 - beta1));
            NDArray vNext = v.mul(beta2).add(gradient.square().mul(1 - beta2));
            double stepSize = learningRate * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
            NDArray xNext = x.sub(mNext.div(vNext.sqrt().add(epsilon)).mul(stepSize));
            NDArray[] result = {xNext, mNext, vNext};
            for (NDArray a : result) {
                a.attach(owner);
            }
            return result;
        }
    }
}
