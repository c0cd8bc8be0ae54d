package dev.easel.web.methods;

import dev.easel.stylize.StyleInput;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.web.WebConfig.GatysLimits;
import dev.easel.web.styles.PaintingFolder;

import java.util.List;

/**
 * Gatys et al.: optimizes the picture itself, so any painting works, uploads included, and several mix.
 * Slow on a CPU, so the server caps size and iterations ({@link GatysLimits}) and streams previews.
 *
 * @param paintings the gallery
 * @param limits    the server's caps on a Gatys job
 * @param maxPixels largest painting read
 * @param vgg       the network every Gatys job optimizes with, loaded once
 */
record GatysMethod(PaintingFolder paintings, GatysLimits limits, long maxPixels, VggShelf vgg) implements GalleryMethod {
    static final String NAME = "gatys";

    @Override
    public MethodInfo info() {
        boolean available = vgg.available();
        return new MethodInfo(NAME, "Optimizes the picture itself: any painting, uploads too; a minute or more.",
            available, available ? null : vgg.missingReason(),
            MethodInfo.MAX_MIXED_STYLES, true, true, MethodInfo.MIN_SIZE, limits.defaultSize(), limits.maxSize(), 0);
    }

    @Override
    public Stylization prepare(List<StyleChoice> styles, int refine) {
        // the painting is resized to the output's long side anyway: no need to hold more pixels than that
        List<StyleInput> inputs = inputs(styles, limits.maxSize());
        GatysStylizer stylizer = GatysStylizer.builder(vgg.network())
            .iterations(limits.iterations(), limits.coarseIterations())
            .startSize(limits.startSize())
            .saveEvery(limits.previewEvery())
            .build(); // does not own the network: it stays loaded for the next job
        return new Stylization(stylizer, inputs);
    }
}
