package dev.easel.web.methods;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.StyleInput;
import dev.easel.web.styles.PaintingFolder;

import java.util.List;

/**
 * One style of a request: a gallery style by name, or an uploaded painting, with its mixing weight.
 *
 * @param name    the gallery style's name, or for an upload a label for messages (never a path)
 * @param upload  the uploaded painting, or null for a gallery style
 * @param weight  mixing weight, >= 0
 */
public record StyleChoice(String name, Picture upload, double weight) {
    public static StyleChoice gallery(String name, double weight) {
        return new StyleChoice(name, null, weight);
    }

    public boolean isUpload() {
        return upload != null;
    }

    /**
     * The painting itself: the upload, or the gallery painting read with the pixel limit; shrunk to
     * {@code maxSide} on its long side, since the method would not use more pixels than that.
     */
    public Picture painting(PaintingFolder paintings, long maxPixels, int maxSide) {
        Picture painting = isUpload() ? upload : paintings.read(name, maxPixels);
        return Math.max(painting.width(), painting.height()) > maxSide ? Resizer.fitLongSide(painting, maxSide) : painting;
    }

    /** Each choice as the stylizer takes it: its painting (see {@link #painting}), name and weight. */
    public static List<StyleInput> inputs(List<StyleChoice> styles, PaintingFolder paintings, long maxPixels, int maxSide) {
        return styles.stream().map(s -> new StyleInput(s.painting(paintings, maxPixels, maxSide), s.name(), s.weight())).toList();
    }
}
