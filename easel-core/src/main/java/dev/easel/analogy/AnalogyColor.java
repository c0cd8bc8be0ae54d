package dev.easel.analogy;

/** Which channels an image analogy matches and copies (Hertzmann et al. 2001, section 3.4). */
public enum AnalogyColor {
    /**
     * Matches and copies luminance only; the photo B keeps its own colour (the I and Q channels of YIQ).
     * The paper's default: it needs smaller examples and suits filters and painterly pairs.
     */
    LUMINANCE,
    /** Matches and copies full colour (Y, I and Q): for colour filters and texture by numbers. */
    FULL
}
