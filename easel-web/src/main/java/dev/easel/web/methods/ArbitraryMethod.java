package dev.easel.web.methods;

import dev.easel.models.ModelCard;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.arbitrary.AdainModel;
import dev.easel.stylize.arbitrary.AdainStylizer;
import dev.easel.vgg.VggLocator;
import dev.easel.web.styles.PaintingFolder;

import java.nio.file.Files;

import java.util.List;
import java.util.Set;

/**
 * A network for any painting (AdaIN or Yanai's style-vector network): gallery paintings and uploads, mixed
 * in one pass. Uses the default model (as the CLI does) when it is installed, else the first one found.
 */
public final class ArbitraryMethod implements WebMethod {
    public static final String NAME = "arbitrary";
    /** Style images are encoded at most this large anyway (see AdainModel.styleInput). */
    private static final int STYLE_SIDE = AdainModel.MAX_STYLE_SIDE;

    private final ModelShelf shelf;
    private final List<ModelCard> models;
    private final PaintingFolder paintings;
    private final long maxPixels;
    private final int maxSize;
    private final Refiner refiner;

    public ArbitraryMethod(ModelShelf shelf, PaintingFolder paintings, long maxPixels, int maxSize, Refiner refiner) {
        this.refiner = refiner;
        this.shelf = shelf;
        this.models = shelf.cards(NAME);
        this.paintings = paintings;
        this.maxPixels = maxPixels;
        this.maxSize = maxSize;
    }

    @Override
    public MethodInfo info() {
        // the networks encode paintings with VGG19: without its weights every job would fail
        boolean weights = Files.exists(VggLocator.resolve(null));
        boolean available = !models.isEmpty() && weights;
        return new MethodInfo(NAME, "Any painting, uploads too, in one pass: seconds.", available,
            available ? null : models.isEmpty() ? "no arbitrary-style model found (train one with 'easel train arbitrary')"
                : "VGG19 weights not found at " + VggLocator.resolve(null) + " (set EASEL_SHARED or EASEL_VGG)",
            MethodInfo.MAX_MIXED_STYLES, true, false, MethodInfo.MIN_SIZE, Math.min(StyleRequest.DEFAULT_SIZE, maxSize), maxSize, refiner.maxIterations());
    }

    @Override
    public Set<String> styleNames() {
        return paintings.names();
    }

    @Override
    public Stylization prepare(List<StyleChoice> styles, int refine) {
        List<StyleInput> inputs = StyleChoice.inputs(styles, paintings, maxPixels, STYLE_SIDE);
        ModelCard model = models.stream().filter(c -> c.name().equals(AdainStylizer.DEFAULT_MODEL)).findFirst()
            .orElse(models.get(0));
        return refiner.refine(new Stylization(shelf.lend(model), inputs), null, refine); // every style is a picture
    }
}
