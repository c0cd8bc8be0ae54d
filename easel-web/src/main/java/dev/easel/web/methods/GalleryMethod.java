package dev.easel.web.methods;

import dev.easel.stylize.StyleInput;
import dev.easel.web.styles.PaintingFolder;

import java.util.List;
import java.util.Set;

/** A method that paints any painting: its styles are the gallery's paintings (and uploads, where its info says so). */
interface GalleryMethod extends WebMethod {
    PaintingFolder paintings();

    /** The largest painting read. */
    long maxPixels();

    @Override
    default Set<String> styleNames() {
        return paintings().names();
    }

    /** The chosen styles as the stylizer takes them: their paintings shrunk to {@code maxSide} on their long side. */
    default List<StyleInput> inputs(List<StyleChoice> styles, int maxSide) {
        return StyleChoice.inputs(styles, paintings(), maxPixels(), maxSide);
    }
}
