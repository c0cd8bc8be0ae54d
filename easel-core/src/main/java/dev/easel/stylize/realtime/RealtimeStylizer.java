package dev.easel.stylize.realtime;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Finishing;
import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;

/**
 * Johnson et al.'s real-time method: one pass of a network trained for one style. Large images go
 * through in overlapping tiles (see {@link RealtimeModel#applyTiled}) so memory stays bounded.
 */
public final class RealtimeStylizer implements Stylizer {
    /** Whole-image passes up to this many pixels (about 1.5 GB at 2 MP); tiles above. */
    public static final long DEFAULT_TILE_ABOVE_PIXELS = 2_400_000;

    private final RealtimeModel model;
    private final long tileAbovePixels;
    private final int tileSize;

    public RealtimeStylizer(RealtimeModel model) {
        this(model, DEFAULT_TILE_ABOVE_PIXELS, RealtimeModel.DEFAULT_TILE);
    }

    public RealtimeStylizer(RealtimeModel model, long tileAbovePixels, int tileSize) {
        this.model = model;
        this.tileAbovePixels = tileAbovePixels;
        this.tileSize = tileSize;
    }

    @Override
    public String method() {
        return "realtime";
    }

    public RealtimeModel model() {
        return model;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        int[] size = request.outputSize();
        Picture photo = Resizer.resize(request.content(), size[0], size[1]);
        cancellation.throwIfCancelled();
        Picture out = photo.pixels() > tileAbovePixels
            ? model.applyTiled(photo, tileSize, (done, total) -> {
                cancellation.throwIfCancelled();
                progress.onProgress(new Progress("tiles", done, total, null, null));
            })
            : model.apply(photo);
        progress.onProgress(new Progress("done", 1, 1, null, null));
        return Finishing.finish(out, request);
    }

    @Override
    public void close() {
        model.close();
    }
}
