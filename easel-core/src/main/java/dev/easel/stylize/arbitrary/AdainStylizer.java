package dev.easel.stylize.arbitrary;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Finishing;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.TilePlan;
import dev.easel.stylize.TileReports;

import java.util.List;

/**
 * Arbitrary-style transfer with a trained AdaIN decoder: any style image, in one pass (see
 * {@link ArbitraryStylizer#load} for loading whichever network a model card names). The request's
 * strength is AdaIN's alpha (blending content and transferred features) and then a pixel blend with the
 * photo, so that 0 gives the photo itself; several styles mix
 * their feature statistics with their weights. Large images go through in overlapping tiles that share the
 * whole photo's content statistics (see {@link AdainModel#applyTiled}).
 */
public final class AdainStylizer extends ArbitraryStylizer {
    /**
     * The model used when none is named: style swap, which on the 12 unseen paintings scores 0.32 / 0.60 / 0.71 against
     * AdaIN's 0.32 / 0.46 / 0.46 and by eye paints strokes where AdaIN recolours (docs/arbitrary.md).
     */
    public static final String DEFAULT_MODEL = "swap"; // a model's name (a constant: picocli's defaults read it)

    private final AdainModel model;
    private final TilePlan tiles;

    public AdainStylizer(AdainModel model) {
        this(model, TilePlan.ADAIN);
    }

    /** Paints in one pass or in tiles as {@code tiles} says (tests tile small pictures). */
    public AdainStylizer(AdainModel model, TilePlan tiles) {
        this.model = model;
        this.tiles = tiles;
    }

    public AdainModel model() {
        return model;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        PaintingMix mix = PaintingMix.of(request, "AdaIN");
        List<Picture> styles = mix.paintings();
        double[] weights = mix.weights();
        int[] size = request.outputSize();
        int[] inner = model.networkSize(size[0], size[1]);
        Picture photo = Resizer.resize(request.content(), inner[0], inner[1]);
        cancellation.throwIfCancelled();
        TileReports reports = new TileReports(progress, cancellation);
        Picture out = tiles.tiles(photo)
            ? model.applyTiled(photo, styles, weights, request.strength(), tiles.size(), reports)
            : model.apply(photo, styles, weights, request.strength());
        if (out.width() != size[0] || out.height() != size[1]) {
            out = Resizer.resize(out, size[0], size[1]);
        }
        reports.finish();
        // strength is AdaIN's alpha and also a pixel blend: alpha alone ends at the decoder's reconstruction
        // of the photo, which loses colour and detail, where a user asking for strength 0 expects the photo
        return Finishing.finish(out, request);
    }

    @Override
    public void close() {
        model.close();
    }
}
