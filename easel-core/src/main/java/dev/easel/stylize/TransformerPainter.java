package dev.easel.stylize;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.image.Tiling;
import dev.easel.nets.NormStatistics;
import dev.easel.nets.ParamSet;
import dev.easel.nets.PixelNoise;
import dev.easel.nets.TransformerNet;

/**
 * A trained transformer network painting whole pictures: in one pass, or in overlapping tiles that share the
 * whole picture's instance-norm statistics. The real-time and multi-style models paint with it, and so does
 * Yanai's network, whose transformer reads a {@link MixPlan} projected onto its style vectors.
 *
 * @param manager owns {@code params} and every pass's arrays; closing the painter closes it
 */
public record TransformerPainter(TransformerNet net, NDManager manager, ParamSet params) implements AutoCloseable {
    /** Wider than the networks' receptive field radius (about 55 px), so tile cores are exact. */
    static final int HALO = 64;
    /** Long side of the copy whose instance-norm statistics all tiles share. */
    static final int STATS_SIZE = 1024;

    private static final long[] SEEDS = {PixelNoise.INFERENCE_SEED};

    public TransformerPainter {
        if (net == null || manager == null || params == null) {
            throw new IllegalArgumentException("a painter needs its network, the manager and the parameters");
        }
    }

    /** How many styles the network paints (1 for a single-style network). */
    public int styles() {
        return net.styles();
    }

    /**
     * The network's raw picture of {@code photo} (already at the output size) painted with {@code plan} (null
     * for a single-style network): in one pass or in tiles, as {@code tiles} says.
     */
    public Picture paint(Picture photo, MixPlan plan, TilePlan tiles, ProgressListener progress, Cancellation cancellation) {
        TileReports reports = new TileReports(progress, cancellation);
        Picture out = tiles.tiles(photo) ? applyTiled(photo, plan, tiles.size(), reports) : apply(photo, plan);
        reports.finish();
        return out;
    }

    /**
     * Stylizes in overlapping tiles with bounded memory, painting with {@code plan} (null for a single-style
     * network). Instance-norm statistics come from one pass over the whole image downscaled to at most
     * {@value #STATS_SIZE} px and are shared by every tile, so all tiles are normalized alike; each tile carries
     * a margin wider than the receptive field and only its core is kept, so no seam shows.
     */
    public Picture applyTiled(Picture photo, MixPlan plan, int tileSize, Tiling.TileProgress progress) {
        int core = Math.max(4, tileSize / 4 * 4);
        try (NDManager m = manager.newSubManager()) {
            Picture small = Math.max(photo.width(), photo.height()) > STATS_SIZE
                ? Resizer.fitLongSide(photo, STATS_SIZE) : photo;
            NormStatistics recorder = NormStatistics.recorder();
            NDArray whole = Tensors.fromPicture(m, small);
            net.forward(params::get, whole, net.noiseFor(whole, SEEDS, 0, 0), recorder,
                plan == null ? null : plan.scaled(m, small.width(), small.height()));
            NormStatistics stats = recorder.frozen();
            return Tiling.paint(photo, core, HALO, (tile, padded) -> {
                try (NDManager t = m.newSubManager()) {
                    NDArray input = Tensors.fromPicture(t, padded);
                    return Tensors.toPicture(net.forward(params::get, input, net.noiseFor(input, SEEDS, tile.px0(), tile.py0()), stats,
                        plan == null ? null : plan.window(t, tile.px0(), tile.py0(), tile.paddedWidth(), tile.paddedHeight())));
                }
            }, progress);
        }
    }

    /** One forward pass over the whole picture, painting with {@code plan} (null for a single-style network). */
    public Picture apply(Picture photo, MixPlan plan) {
        try (NDManager m = manager.newSubManager()) {
            NDArray out = net.forward(params::get, Tensors.fromPicture(m, photo),
                plan == null ? null : plan.window(m, 0, 0, photo.width(), photo.height()));
            return Tensors.toPicture(out);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
