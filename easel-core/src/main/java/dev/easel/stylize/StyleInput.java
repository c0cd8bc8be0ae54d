package dev.easel.stylize;

import dev.easel.image.Picture;

/**
 * One style: an image (for Gatys and arbitrary-style networks) or the name of a style built into a model,
 * with its blend weight and, for spatial mixing, a mask (white where the style goes; null for everywhere).
 */
public record StyleInput(Picture picture, String name, double weight, Picture mask) {
    public StyleInput(Picture picture, String name, double weight) {
        this(picture, name, weight, null);
    }

    public StyleInput {
        if (picture == null && name == null) {
            throw new IllegalArgumentException("a style needs a picture or a name");
        }
        StyleLimits.weight(weight);
    }

    public static StyleInput of(Picture picture) {
        return new StyleInput(picture, null, 1.0);
    }
}
