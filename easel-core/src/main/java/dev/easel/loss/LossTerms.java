package dev.easel.loss;

import ai.djl.ndarray.NDArray;

/** One evaluation's weighted loss terms (0-d arrays, part of the autograd graph) and their sum. */
public record LossTerms(NDArray content, NDArray style, NDArray tv, NDArray total) {

    /** The values as doubles, for progress reports and model cards. */
    public LossValues values() {
        return new LossValues(content.getFloat(), style.getFloat(), tv.getFloat(), total.getFloat());
    }
}
