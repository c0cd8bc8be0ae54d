package dev.easel.optim;

import ai.djl.ndarray.NDArray;
import dev.easel.loss.LossValues;

/** The value (with its parts) and gradient of an objective at one point. */
public record Evaluation(LossValues loss, NDArray gradient) {
    public double value() {
        return loss.total();
    }
}
