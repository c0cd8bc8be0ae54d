package dev.easel.nets;

import ai.djl.ndarray.NDArray;

/**
 * The arrays a network reads its parameters from: the stored values for inference, or per-step leaf
 * copies that collect gradients during training. Networks never own their parameters, so one forward
 * definition serves both.
 */
@FunctionalInterface
public interface Weights {
    NDArray get(String name);
}
