package dev.easel.vgg;

/**
 * Geometry of VGG layers, for evaluating the network on overlapping tiles with exact results: a tile
 * must start on a multiple of the layer's stride and carry a margin wider than the receptive field.
 */
public final class ReceptiveField {
    private ReceptiveField() {
    }

    /** Input pixels per feature position at {@code layer} (1, 2, 4, 8 or 16). */
    public static int stride(String layer) {
        int stride = 1;
        for (String l : VggLayers.ALL.subList(0, VggLayers.index(layer) + 1)) {
            if (l.startsWith("pool")) {
                stride *= 2;
            }
        }
        return stride;
    }

    /** How far (in input pixels) a feature at {@code layer} sees beyond its own position, conservatively. */
    public static int radius(String layer) {
        int radius = 0;
        int stride = 1;
        for (String l : VggLayers.ALL.subList(0, VggLayers.index(layer) + 1)) {
            if (l.startsWith("conv")) {
                radius += stride; // 3x3 kernel: one neighbour each side at the current stride
            } else if (l.startsWith("pool")) {
                radius += stride; // 2x2 window reaches one more input
                stride *= 2;
            }
        }
        return radius;
    }
}
