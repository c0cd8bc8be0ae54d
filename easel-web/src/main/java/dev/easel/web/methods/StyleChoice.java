package dev.easel.web.methods;

import dev.easel.image.Picture;

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
}
