package dev.easel.optim;

import ai.djl.ndarray.NDArray;
import dev.easel.loss.LossValues;

/**
 * @param x           the final point, inside the bounds
 * @param loss        the objective at {@code x}
 * @param iterations  iterations done
 * @param evaluations objective evaluations done (line searches may take more than one per iteration)
 * @param stopReason  why it stopped, e.g. "iterations", "converged", "cancelled"
 */
public record OptimizationResult(NDArray x, LossValues loss, int iterations, int evaluations, String stopReason) {
}
