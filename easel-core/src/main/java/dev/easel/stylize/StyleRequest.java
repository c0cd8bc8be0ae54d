package dev.easel.stylize;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import java.util.List;

/**
 * What to stylize and how, independent of the method.
 *
 * @param content         the photo
 * @param styles          one or more style images with blend weights, not all zero (methods with built-in
 *                        styles may take names instead of pictures)
 * @param size            long side of the output in pixels; 0 keeps the photo's size
 * @param preserveColors  keep the photo's colours
 * @param strength        0 returns the photo, 1 the full stylization; in between blends the two
 */
public record StyleRequest(Picture content, List<StyleInput> styles, int size, ColorPreservation preserveColors,
                           double strength) {
    /** The output's long side when a caller names none: the command line's and the web page's default. */
    public static final int DEFAULT_SIZE = 512;

    public StyleRequest {
        styles = List.copyOf(styles);
        if (styles.isEmpty()) {
            throw new IllegalArgumentException("at least one style is needed");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        StyleLimits.strength(strength);
        StyleLimits.weights(styles.stream().mapToDouble(StyleInput::weight).toArray());
    }

    public static StyleRequest of(Picture content, Picture style, int size) {
        return new StyleRequest(content, List.of(StyleInput.of(style)), size, ColorPreservation.NONE, 1.0);
    }

    /** The output's width and height: the photo's aspect ratio with the requested long side. */
    public int[] outputSize() {
        return outputSize(content.width(), content.height(), size);
    }

    /** The photo resized to {@link #outputSize()}: the picture a method paints. */
    public Picture contentAtOutputSize() {
        int[] out = outputSize();
        return Resizer.resize(content, out[0], out[1]);
    }

    /** The output's width and height for a photo of {@code width} x {@code height} and a requested long side (0: as is). */
    public static int[] outputSize(int width, int height, int size) {
        if (size == 0) {
            return new int[] {width, height};
        }
        double scale = (double) size / Math.max(width, height);
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }
}
