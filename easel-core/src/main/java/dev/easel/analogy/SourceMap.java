package dev.easel.analogy;

/**
 * For every pixel of B', the pixel of A' it was copied from (the nearest-neighbour field at the finest
 * level). Its runs tell how coherent the synthesis is: long runs are whole patches of A' copied intact.
 */
public record SourceMap(int width, int height, int[] sourceX, int[] sourceY) {
    public SourceMap {
        if (sourceX.length != width * height || sourceY.length != width * height) {
            throw new IllegalArgumentException("a source map of " + width + "x" + height + " needs " + width * height + " entries");
        }
    }

    /**
     * The mean length of horizontal runs of pixels copied from consecutive source pixels: 1 when every
     * pixel comes from somewhere else, the row width when whole rows of A' were copied.
     */
    public double meanRunLength() {
        long runs = 0;
        for (int y = 0; y < height; y++) {
            runs++;
            for (int x = 1; x < width; x++) {
                int q = y * width + x;
                if (sourceX[q] != sourceX[q - 1] + 1 || sourceY[q] != sourceY[q - 1]) {
                    runs++;
                }
            }
        }
        return (double) width * height / runs;
    }
}
