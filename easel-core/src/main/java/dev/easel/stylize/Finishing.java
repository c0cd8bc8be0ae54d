package dev.easel.stylize;

import dev.easel.image.ColorTransfer;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import java.util.ArrayList;
import java.util.List;

/** The method-independent steps around a stylization: colour preservation and strength. */
public final class Finishing {
    private Finishing() {
    }

    /** With HISTOGRAM, the style images recoloured to the photo's colour statistics; otherwise unchanged. */
    public static List<StyleInput> prepareStyles(StyleRequest request) {
        if (request.preserveColors() != ColorPreservation.HISTOGRAM) {
            return request.styles();
        }
        List<StyleInput> out = new ArrayList<>();
        for (StyleInput s : request.styles()) {
            out.add(s.picture() == null ? s
                : new StyleInput(ColorTransfer.matchHistogram(s.picture(), request.content()), s.name(), s.weight(), s.mask()));
        }
        return out;
    }

    /**
     * Applies LUMINANCE colour preservation and strength blending to a raw stylized result, and gives it the
     * photo's alpha (resized with it): methods paint colours only.
     */
    public static Picture finish(Picture stylized, StyleRequest request) {
        Picture content = Resizer.resize(request.content(), stylized.width(), stylized.height());
        Picture out = stylized;
        if (request.preserveColors() == ColorPreservation.LUMINANCE) {
            out = ColorTransfer.keepLuminance(out, content);
        }
        if (request.strength() < 1.0) {
            out = blend(content, out, request.strength());
        }
        return out.clamped().withAlpha(content.alpha());
    }

    /** {@code (1 - t) * a + t * b}, pixel by pixel. */
    static Picture blend(Picture a, Picture b, double t) {
        float[] x = a.data();
        float[] y = b.data();
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) (x[i] + t * (y[i] - x[i]));
        }
        return new Picture(a.width(), a.height(), out);
    }
}
