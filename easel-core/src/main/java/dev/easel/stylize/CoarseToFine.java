package dev.easel.stylize;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import java.util.List;

/**
 * A feed-forward network run coarse to fine over the picture's own sizes (1/4, 1/2, 1 for three scales). VGG's
 * receptive fields at the layers Easel has span a few tens of pixels, so a network painting at full size only
 * reaches the painting's texture; the same pass on the reduced picture (each pass sizes a painting to its own
 * picture) lays down the larger strokes, shapes and colour areas. Each finer pass starts from the coarser result
 * enlarged, with the photo's own detail at that scale added back, so edges come from the photo and colours and
 * shapes from the coarser pass. Colour preservation and strength apply once, to the final picture.
 */
public final class CoarseToFine extends NetworkWrapper {
    /** Passes no smaller than this on their long side (a network's pooling grid needs a few cells). */
    static final int SMALLEST_SIDE = 32;

    private final int scales;

    /** @param scales 1 = one pass at the output size (the network as is); 2 = at 1/2, then 1; ... (see {@link StyleLimits#scales}) */
    public CoarseToFine(Stylizer network, int scales) {
        super(network);
        this.scales = StyleLimits.scales(scales);
    }

    public int scales() {
        return scales;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        if (scales == 1) {
            return network.stylize(request, progress, cancellation);
        }
        int[] size = request.outputSize();
        Picture photo = request.contentAtOutputSize();
        List<StyleInput> styles = Finishing.prepareStyles(request);
        Picture result = null;
        for (int level = scales - 1; level >= 0; level--) {
            double shrink = Math.min(1 << level, Math.max(size[0], size[1]) / (double) SMALLEST_SIDE);
            int w = Math.max(1, (int) Math.round(size[0] / Math.max(1, shrink)));
            int h = Math.max(1, (int) Math.round(size[1] / Math.max(1, shrink)));
            Picture here = level == 0 ? photo : Resizer.resize(photo, w, h);
            Picture input = result == null ? here : Resizer.enlargeWithDetail(result, here);
            StyleRequest pass = new StyleRequest(input, styles, 0, ColorPreservation.NONE, 1.0);
            // the passes report as one job: a step per pass, the finest pass's own reports (tiles) as they come
            int done = scales - level;
            result = network.stylize(pass, level == 0 ? progress : ProgressListener.NONE, cancellation);
            if (level > 0) {
                progress.onProgress(new Progress(w + "x" + h, done, scales, null, null));
            }
            cancellation.throwIfCancelled();
        }
        return Finishing.finish(result, request);
    }
}
