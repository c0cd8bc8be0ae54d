package dev.easel.optim;

import ai.djl.ndarray.NDArray;

/** Minimizes an objective over a box, starting from a point inside it. */
public interface Optimizer {
    /**
     * Runs up to {@code iterations} iterations from {@code start} (1-D, not modified) and returns the
     * best point found, a new array owned by {@code start}'s manager.
     */
    OptimizationResult minimize(Objective objective, NDArray start, Bounds bounds, int iterations, IterationListener listener);

    String name();
}
