package dev.easel.stylize.realtime;

import ai.djl.ndarray.NDManager;
import dev.easel.engine.Engines;
import dev.easel.image.Picture;
import dev.easel.image.Tiling;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.nets.TransformerNet;
import dev.easel.stylize.MixPlan;
import dev.easel.stylize.TransformerPainter;

import java.nio.file.Path;

/** A trained transformer network loaded from a model file, ready to stylize. */
public final class RealtimeModel implements AutoCloseable {
    private final ModelCard card;
    private final TransformerPainter painter;

    private RealtimeModel(ModelCard card, TransformerPainter painter) {
        this.card = card;
        this.painter = painter;
    }

    /** Loads and validates {@code NAME.json} + {@code NAME.weights}. */
    public static RealtimeModel load(Path cardPath) {
        ModelCard card = ModelFile.readCard(cardPath);
        TransformerNet net = card.network();
        NDManager manager = Engines.manager();
        return ModelFile.load(cardPath, card, manager, net.parameterShapes(),
            params -> new RealtimeModel(card, new TransformerPainter(net, manager, params)));
    }

    public ModelCard card() {
        return card;
    }

    /** The network painting pictures (closed with the model). */
    TransformerPainter painter() {
        return painter;
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
        return painter.styles();
    }

    /** In overlapping tiles that share the whole picture's statistics (see {@link TransformerPainter#applyTiled}). */
    public Picture applyTiled(Picture photo, int tileSize, Tiling.TileProgress progress) {
        return painter.applyTiled(photo, null, tileSize, progress);
    }

    /** {@link #applyTiled(Picture, int, Tiling.TileProgress)} painting with {@code plan} (null for a single-style network). */
    public Picture applyTiled(Picture photo, MixPlan plan, int tileSize, Tiling.TileProgress progress) {
        return painter.applyTiled(photo, plan, tileSize, progress);
    }

    /** One forward pass over the whole picture (single-style network). */
    public Picture apply(Picture photo) {
        return painter.apply(photo, null);
    }

    /** One forward pass over the whole picture, painting with {@code plan} (null for a single-style network). */
    public Picture apply(Picture photo, MixPlan plan) {
        return painter.apply(photo, plan);
    }

    @Override
    public void close() {
        painter.close();
    }
}
