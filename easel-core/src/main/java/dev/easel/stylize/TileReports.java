package dev.easel.stylize;

import dev.easel.image.Tiling;

/**
 * Turns tiled painting into progress reports ("tiles", done of total) and checks for cancellation between
 * tiles; {@link #finish} reports the end as all tiles done (or 1 of 1 when the picture went through whole).
 */
public final class TileReports implements Tiling.TileProgress {
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private int total = 1;

    public TileReports(ProgressListener progress, Cancellation cancellation) {
        this.progress = progress;
        this.cancellation = cancellation;
    }

    @Override
    public void onTile(int done, int total) {
        cancellation.throwIfCancelled();
        this.total = total;
        progress.onProgress(new Progress("tiles", done, total, null, null));
    }

    /** The last report: every tile done. */
    public void finish() {
        progress.onProgress(new Progress("done", total, total, null, null));
    }
}
