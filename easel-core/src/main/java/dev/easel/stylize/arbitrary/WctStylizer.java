package dev.easel.stylize.arbitrary;

import dev.easel.EaselException;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Finishing;
import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleRequest;

/**
 * Any painting by whitening and colouring (Li et al. 2017): the photo's VGG features take the painting's
 * full covariance at relu3_1, then relu2_1, then relu1_1, each decoded back to pixels. Strength is the
 * transform's alpha and then a pixel blend (0 gives the photo); several paintings mix their transforms.
 */
final class WctStylizer extends ArbitraryStylizer {
    /** Whole-image passes up to this many pixels; the relu1_1 level holds 64 full-resolution channels per pixel. */
    public static final long MAX_PIXELS = 4_200_000;

    private final WctModel model;

    public WctStylizer(WctModel model) {
        this.model = model;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        PaintingMix mix = PaintingMix.of(request, "whitening-and-colouring");
        int[] size = request.outputSize();
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new EaselException("whitening and colouring runs on whole pictures of at most " + MAX_PIXELS / 1_000_000.0
                + " MP; " + size[0] + "x" + size[1] + " is larger: choose a smaller size");
        }
        cancellation.throwIfCancelled();
        Picture out = model.apply(Resizer.resize(request.content(), size[0], size[1]), mix.paintings(), mix.weights(), request.strength());
        progress.onProgress(new Progress("done", 1, 1, null, null));
        return Finishing.finish(out, request);
    }

    @Override
    public void close() {
        model.close();
    }
}
