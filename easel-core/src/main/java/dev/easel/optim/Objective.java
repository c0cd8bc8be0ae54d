package dev.easel.optim;

import ai.djl.ndarray.NDArray;

/** A differentiable function of a flat parameter vector, such as the Gatys loss of an image. */
public interface Objective {
    /**
     * Evaluates the function and its gradient at {@code x} (1-D). The returned gradient is a new 1-D array
     * owned by {@code x}'s manager; {@code x} itself is left unchanged.
     */
    Evaluation evaluate(NDArray x);
}
