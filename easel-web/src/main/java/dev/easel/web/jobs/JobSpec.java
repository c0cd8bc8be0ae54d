package dev.easel.web.jobs;

import dev.easel.image.Picture;
import dev.easel.stylize.ColorPreservation;
import dev.easel.web.methods.StyleChoice;
import dev.easel.web.methods.WebMethod;

import java.util.List;

/**
 * What one job is to do, checked and decoded: the photo, the method and its styles, and the options.
 *
 * @param content        the photo, already shrunk to the output size
 * @param method         the method that paints it
 * @param styles         gallery styles and uploaded paintings with weights
 * @param size           output long side in pixels
 * @param preserveColors colour preservation
 * @param strength       0..1 blend between the photo and the full stylization
 * @param refine         Gatys iterations per level that finish a network's picture (0: none)
 */
public record JobSpec(Picture content, WebMethod method, List<StyleChoice> styles, int size,
                      ColorPreservation preserveColors, double strength, int refine) {
    public JobSpec {
        styles = List.copyOf(styles);
        if (refine < 0) {
            throw new IllegalArgumentException("refine must be >= 0, got " + refine);
        }
    }

    public String methodName() {
        return method.info().name();
    }

    /** The styles' names (uploads by their label), for status reports. */
    public List<String> styleNames() {
        return styles.stream().map(StyleChoice::name).toList();
    }
}
