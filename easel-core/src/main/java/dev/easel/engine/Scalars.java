package dev.easel.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Engine-owned scalar constants for use inside autograd.
 *
 * <p>DJL 0.36's {@code NDArray.mul(Number)} and friends wrap the Java scalar without a copy and free it
 * right after the op, while PyTorch's autograd keeps a pointer to it for {@code backward()}: a garbage
 * collection in between corrupts the gradient (see ../shared/notes/djl-facts.md). Inside a gradient
 * collector, scale with these arrays instead of Number overloads.
 */
public final class Scalars {
    private Scalars() {
    }

    /** A 0-d array equal to {@code value}, owned by the same manager as {@code like}. */
    public static NDArray of(NDArray like, double value) {
        return like.getManager().full(new Shape(), (float) value, like.getDataType());
    }

    public static NDArray mul(NDArray a, double value) {
        return a.mul(of(a, value));
    }

    public static NDArray div(NDArray a, double value) {
        return a.div(of(a, value));
    }
}
