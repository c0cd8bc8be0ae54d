package dev.easel.nets;

import ai.djl.ndarray.NDArray;

import java.util.HashMap;
import java.util.Map;

/**
 * Instance-norm statistics per layer, recorded from one image and reused for others. Tiled inference
 * records them once on the whole (downscaled) image and normalizes every tile with them: per-tile
 * statistics would give each tile its own contrast and colour, and seams would show.
 */
public final class NormStatistics {
    private final Map<String, NDArray[]> byLayer = new HashMap<>();
    private final boolean recording;

    private NormStatistics(boolean recording) {
        this.recording = recording;
    }

    /** Collects statistics during the next forward pass (batch of one). */
    public static NormStatistics recorder() {
        return new NormStatistics(true);
    }

    /** Switches a recorder to applying what it recorded. */
    public NormStatistics frozen() {
        NormStatistics frozen = new NormStatistics(false);
        frozen.byLayer.putAll(byLayer);
        return frozen;
    }

    boolean recording() {
        return recording;
    }

    void record(String layer, NDArray mean, NDArray variance) {
        byLayer.put(layer, new NDArray[] {mean, variance});
    }

    NDArray[] get(String layer) {
        NDArray[] stats = byLayer.get(layer);
        if (stats == null) {
            throw new IllegalStateException("no statistics recorded for " + layer);
        }
        return stats;
    }
}
