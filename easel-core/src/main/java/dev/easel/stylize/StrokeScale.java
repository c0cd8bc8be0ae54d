package dev.easel.stylize;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;

/**
 * Stroke size for feed-forward networks. A network paints strokes of a fixed size in pixels, so the same
 * network makes relatively finer strokes on a larger picture. This runs it at one working size for every
 * output size and resizes its picture to the requested size, so strokes keep their size relative to the
 * picture from a small preview to a large final, as a Gatys style scale does: at scale {@code s} the network
 * paints at a long side of {@value #REFERENCE_SIDE}{@code / s}. Enlarged results are softer; a refinement
 * at the final size ({@link RefinedStylizer}) restores the detail.
 */
public final class StrokeScale extends NetworkWrapper {
    /** The output long side at which scale 1 leaves a network's strokes as they are (the default output size). */
    public static final int REFERENCE_SIDE = 512;

    private final int workingSide;

    /** @param scale stroke size relative to a {@value #REFERENCE_SIDE} px picture's: 2 paints strokes twice as large */
    public StrokeScale(Stylizer network, double scale) {
        super(network);
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("stroke scale must be a positive number, got " + scale);
        }
        this.workingSide = Math.max(16, (int) Math.round(REFERENCE_SIDE / scale));
    }

    /** The long side the network paints at. */
    public int workingSide() {
        return workingSide;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        int[] size = request.outputSize();
        StyleRequest working = new StyleRequest(request.content(), request.styles(), workingSide, request.preserveColors(),
            request.strength());
        Picture painted = network.stylize(working, progress, cancellation);
        return painted.width() == size[0] && painted.height() == size[1] ? painted : Resizer.resize(painted, size[0], size[1]);
    }
}
