package dev.easel.stylize.gatys;

/** Where the optimization starts. */
public enum InitMode {
    /** The photo itself: fastest to converge and keeps the most structure. */
    CONTENT,
    /** Uniform noise from the seed, as in the original paper. */
    RANDOM,
    /** The (first) style image resized to the output. */
    STYLE
}
