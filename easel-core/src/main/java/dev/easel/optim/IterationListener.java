package dev.easel.optim;

import ai.djl.ndarray.NDArray;

/** Called after each optimizer iteration; returning false stops the optimization (cancellation). */
@FunctionalInterface
public interface IterationListener {
    /**
     * @param iteration  1-based iteration number
     * @param evaluation the objective at the new point
     * @param x          the new point (read it, do not keep it: it is freed on the next iteration)
     */
    boolean onIteration(int iteration, Evaluation evaluation, NDArray x);
}
