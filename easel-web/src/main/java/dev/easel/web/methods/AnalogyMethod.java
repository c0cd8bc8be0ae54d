package dev.easel.web.methods;

import dev.easel.analogy.AnalogySettings;
import dev.easel.analogy.AnalogyStylizer;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.web.styles.PaintingFolder;

import java.util.List;

/**
 * Image Analogies with the pair made from the chosen painting (A' the painting, A the painting smoothed):
 * the paper's painterly analogy, which needs no second example image, so the page's photo + painting form
 * serves it as it is. Pure Java, no model or weights: always available. Pairs of the user's own (a filter
 * learned from A and A') are the CLI's and the library's: the page has one painting slot, not two.
 *
 * @param paintings the gallery
 * @param maxPixels largest painting read
 * @param maxSize   largest output long side offered
 */
record AnalogyMethod(PaintingFolder paintings, long maxPixels, int maxSize) implements GalleryMethod {
    static final String NAME = AnalogyStylizer.METHOD;

    @Override
    public MethodInfo info() {
        return new MethodInfo(NAME, "Image Analogies: copies the painting's brush strokes onto the photo, no network; seconds.",
            true, null, 1, true, false, MethodInfo.MIN_SIZE, Math.min(StyleRequest.DEFAULT_SIZE, maxSize), maxSize, 0);
    }

    @Override
    public Stylization prepare(List<StyleChoice> styles, int refine) {
        // the stylizer resizes the painting to the output's long side: no need to hold more than that
        List<StyleInput> inputs = inputs(styles, maxSize);
        return new Stylization(AnalogyStylizer.ofPaintings(AnalogySettings.defaults()), inputs);
    }
}
