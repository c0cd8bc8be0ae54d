package dev.easel.optim;

/** Box constraints on every parameter; for images the valid pixel range, so what is optimized is what is saved. */
public record Bounds(float lower, float upper) {
    public static final Bounds PIXELS = new Bounds(0f, 255f);

    public Bounds {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("lower bound must be below upper bound");
        }
    }
}
