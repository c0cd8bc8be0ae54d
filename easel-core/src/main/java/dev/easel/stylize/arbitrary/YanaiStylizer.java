package dev.easel.stylize.arbitrary;

import dev.easel.EaselException;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Finishing;
import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.TilePlan;
import dev.easel.stylize.MixPlan;

import java.util.List;

/**
 * Arbitrary-style transfer with Yanai's style-vector network: each style image becomes a style vector,
 * the request's weights (and masks, per pixel) mix the vectors, and the conditional transformer paints in
 * one pass, tiled above {@link TilePlan#TRANSFORMER} like the real-time networks.
 * Strength blends pixels, as for the other feed-forward methods.
 */
public final class YanaiStylizer extends ArbitraryStylizer {
    private final YanaiModel model;
    private final TilePlan tiles;

    public YanaiStylizer(YanaiModel model) {
        this(model, TilePlan.TRANSFORMER);
    }

    /** Paints in one pass or in tiles as {@code tiles} says (tests tile small pictures). */
    public YanaiStylizer(YanaiModel model, TilePlan tiles) {
        this.model = model;
        this.tiles = tiles;
    }

    public YanaiModel model() {
        return model;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        List<StyleInput> inputs = Finishing.prepareStyles(request);
        int k = inputs.size();
        double[] weights = new double[k];
        Picture[] masks = new Picture[k];
        float[][] rows = new float[k][];
        int[] size = request.outputSize();
        for (int i = 0; i < k; i++) {
            StyleInput s = requireImage(inputs.get(i));
            weights[i] = s.weight();
            masks[i] = s.mask();
            rows[i] = model.conditioningRow(s.picture());
            progress.onProgress(new Progress("styles", i + 1, k, null, null));
            cancellation.throwIfCancelled();
        }
        MixPlan plan;
        try {
            plan = MixPlan.of(weights, masks, size[0], size[1]).projected(rows);
        } catch (IllegalArgumentException e) {
            throw new EaselException(e.getMessage());
        }
        Picture photo = Resizer.resize(request.content(), size[0], size[1]);
        return Finishing.finish(model.transformer().paint(photo, plan, tiles, progress, cancellation), request);
    }

    @Override
    public void close() {
        model.close();
    }
}
