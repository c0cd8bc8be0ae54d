package dev.easel.web.methods;

import dev.easel.models.ModelCard;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.arbitrary.AdainModel;
import dev.easel.stylize.arbitrary.AdainStylizer;
import dev.easel.web.styles.PaintingFolder;

import java.util.List;

/**
 * A network for any painting (style swap, AdaIN or Yanai's style-vector network): gallery paintings and uploads, mixed
 * in one pass. Uses the default model (as the CLI does) when it is installed, else the first one found.
 */
final class ArbitraryMethod extends ModelMethod implements GalleryMethod {
    static final String NAME = "arbitrary";
    /** Style images are encoded at most this large anyway (see AdainModel.styleInput). */
    private static final int STYLE_SIDE = AdainModel.MAX_STYLE_SIDE;

    private final PaintingFolder paintings;
    private final long maxPixels;

    ArbitraryMethod(ModelShelf shelf, PaintingFolder paintings, long maxPixels, int maxSize, Refiner refiner) {
        super(NAME, shelf, maxSize, refiner);
        this.paintings = paintings;
        this.maxPixels = maxPixels;
    }

    @Override
    public MethodInfo info() {
        // the networks encode paintings with VGG19: without its weights every job would fail
        return info("Any painting, uploads too, in one pass: seconds.",
            models.isEmpty() ? "no arbitrary-style model found (train one with 'easel train arbitrary')"
                : vgg().available() ? null : vgg().missingReason(),
            MethodInfo.MAX_MIXED_STYLES, true);
    }

    @Override
    public PaintingFolder paintings() {
        return paintings;
    }

    @Override
    public long maxPixels() {
        return maxPixels;
    }

    @Override
    public Stylization prepare(List<StyleChoice> styles, int refine) {
        List<StyleInput> inputs = inputs(styles, STYLE_SIDE);
        ModelCard model = models.stream().filter(c -> c.name().equals(AdainStylizer.DEFAULT_MODEL)).findFirst()
            .orElse(models.get(0));
        return lend(model, inputs, false, refine); // every style is a picture
    }
}
