package dev.easel.nets;

import ai.djl.ndarray.NDArray;

/**
 * How a network reads its parameters, by name: a {@link ParamSet}'s stored values for inference, or one
 * training step's leaf copies that collect gradients. Networks never own their parameters, so one forward
 * definition serves both.
 */
@FunctionalInterface
public interface ParameterLookup {
    NDArray get(String name);
}
