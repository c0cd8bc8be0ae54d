package dev.easel.stylize;

/** Colour preservation (Gatys et al. 2016, "Preserving Color in Neural Artistic Style Transfer"). */
public enum ColorPreservation {
    /** Take the style's colours. */
    NONE,
    /** Stylize, then keep the result's luminance with the photo's chroma. */
    LUMINANCE,
    /** Recolour the style image to the photo's colour statistics before stylizing. */
    HISTOGRAM
}
