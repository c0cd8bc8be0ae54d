package dev.easel.stylize.realtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Engines;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.image.Tiling;
import dev.easel.image.Resizer;
import dev.easel.nets.NormStatistics;
import dev.easel.nets.ParamSet;
import dev.easel.nets.PixelNoise;
import dev.easel.nets.TransformerNet;

import java.nio.file.Path;

/** A trained transformer network loaded from a model file, ready to stylize. */
public final class RealtimeModel implements AutoCloseable {
    private final ModelCard card;
    private final NDManager manager;
    private final ParamSet params;
    private final TransformerNet net;

    private RealtimeModel(ModelCard card, NDManager manager, ParamSet params, TransformerNet net) {
        this.card = card;
        this.manager = manager;
        this.params = params;
        this.net = net;
    }

    /** Loads and validates {@code NAME.json} + {@code NAME.weights}. */
    public static RealtimeModel load(Path cardPath) {
        ModelCard card = ModelFile.readCard(cardPath);
        TransformerNet net = card.network();
        NDManager manager = Engines.manager();
        return ModelFile.load(cardPath, card, manager, net.parameterShapes(), params -> new RealtimeModel(card, manager, params, net));
    }

    /**
     * A model over parameters loaded elsewhere (e.g. the transformer inside a style-vector network); closing
     * it closes {@code manager}, which must own {@code params}.
     */
    public static RealtimeModel of(ModelCard card, NDManager manager, ParamSet params, TransformerNet net) {
        return new RealtimeModel(card, manager, params, net);
    }

    public ModelCard card() {
        return card;
    }

    /**
     * The index of a style of a multi-style model, by its name in the card ("starry_night.jpg"), its stem
     * ("starry_night") or its position ("3"), ignoring case.
     */
    public int styleIndex(String name) {
        return card.styleIndex(name);
    }

    /** How many styles the network paints (1 for a single-style network). */
    public int styles() {
        return net.styles();
    }

    /** Default tile core side for {@link #applyTiled}. */
    public static final int DEFAULT_TILE = 768;
    /** Wider than the networks' receptive field radius (about 55 px), so tile cores are exact. */
    static final int HALO = 64;
    /** Long side of the copy whose instance-norm statistics all tiles share. */
    static final int STATS_SIZE = 1024;

    private static final long[] SEEDS = {PixelNoise.INFERENCE_SEED};

    /**
     * Stylizes in overlapping tiles with bounded memory. Instance-norm statistics come from one pass over
     * the whole image downscaled to at most {@value #STATS_SIZE} px and are shared by every tile, so all
     * tiles are normalized alike; each tile carries a margin wider than the receptive field and only its
     * core is kept, so no seam shows.
     */
    public Picture applyTiled(Picture photo, int tileSize, Tiling.TileProgress progress) {
        return applyTiled(photo, null, tileSize, progress);
    }

    /** {@link #applyTiled(Picture, int, Tiling.TileProgress)} painting with {@code plan} (null for a single-style network). */
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

    /** One forward pass over the whole picture (single-style network). */
    public Picture apply(Picture photo) {
        return apply(photo, null);
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
