package dev.easel.stylize.realtime;

import dev.easel.image.Picture;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Finishing;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.TilePlan;
import dev.easel.stylize.MixPlan;
import dev.easel.stylize.WrongMethodException;
import dev.easel.stylize.Stylizer;

import java.nio.file.Path;

/**
 * One pass of a trained feed-forward network: Johnson et al.'s real-time method (one style), or a
 * multi-style network painting the request's styles with their weights and masks. Large images go
 * through in overlapping tiles (see {@link RealtimeModel#applyTiled}) so memory stays bounded.
 */
public final class RealtimeStylizer implements Stylizer {
    /** The multi-style model used when none is named. */
    public static final String DEFAULT_MULTI_MODEL = "multi";

    private final RealtimeModel model;
    private final TilePlan tiles;

    /**
     * Loads a trained model by name ("mosaic") or card path, checking from its card, before any weights are
     * read, that it is a model of {@code expectedMethod} ("realtime", "multi").
     *
     * @throws WrongMethodException if the model was trained for another method
     */
    public static RealtimeStylizer load(ModelRegistry registry, String nameOrPath, String expectedMethod) {
        Path cardPath = registry.find(nameOrPath);
        ModelCard card = ModelFile.readCard(cardPath);
        if (!card.method().equals(expectedMethod)) {
            throw new WrongMethodException(card.name(), card.method());
        }
        return new RealtimeStylizer(RealtimeModel.load(cardPath));
    }

    public RealtimeStylizer(RealtimeModel model) {
        this(model, TilePlan.TRANSFORMER);
    }

    /** Paints in one pass or in tiles as {@code tiles} says (tests tile small pictures). */
    public RealtimeStylizer(RealtimeModel model, TilePlan tiles) {
        this.model = model;
        this.tiles = tiles;
    }

    @Override
    public String method() {
        return model.card().method();
    }

    public RealtimeModel model() {
        return model;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        Picture photo = request.contentAtOutputSize();
        cancellation.throwIfCancelled();
        MixPlan plan = model.styles() == 1 ? null : plan(request, photo.width(), photo.height());
        return Finishing.finish(model.painter().paint(photo, plan, tiles, progress, cancellation), request);
    }

    /** The request's styles, by name, as weights over the model's styles (and masks at the output size). */
    private MixPlan plan(StyleRequest request, int width, int height) {
        double[] weights = new double[model.styles()];
        Picture[] masks = new Picture[model.styles()];
        for (StyleInput s : request.styles()) {
            int i = model.styleIndex(s.name());
            weights[i] += s.weight();
            if (s.mask() != null) {
                masks[i] = s.mask();
            }
        }
        return MixPlan.of(weights, masks, width, height);
    }

    /** The file name of the painting a style of this model was trained on, as its card records it. */
    public String paintingOf(StyleInput style) {
        return model.card().painting(style.name());
    }

    @Override
    public void close() {
        model.close();
    }
}
