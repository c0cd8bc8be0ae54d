package dev.easel.stylize.gatys;

import dev.easel.loss.LossSettings;
import dev.easel.vgg.FeatureNetwork;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that tunes a Gatys run besides the images.
 *
 * @param weights        layers and loss weights
 * @param optimizer      "lbfgs" or "adam"
 * @param iterations     iterations at the final size
 * @param coarseIterations iterations at each coarser level of coarse-to-fine
 * @param startSize      long side of the first coarse-to-fine level; 0 optimizes at the final size only
 * @param init           starting image
 * @param seed           for random initialisation
 * @param styleScale     style images are resized to this fraction of the output's long side
 * @param learningRate   Adam's step size in pixel units
 * @param saveEvery      report a preview every this many iterations (0: never)
 * @param tileAbovePixels evaluate VGG tile by tile on levels with more pixels than this, to bound memory
 * @param tileSize       side of a tile's core in pixels
 */
public record GatysSettings(LossSettings weights, String optimizer, int iterations, int coarseIterations, int startSize,
                            InitMode init, long seed, double styleScale, double learningRate, int saveEvery,
                            long tileAbovePixels, int tileSize) {

    public GatysSettings {
        if (iterations < 1 || coarseIterations < 0) {
            throw new IllegalArgumentException("iterations must be at least 1");
        }
        if (!optimizer.equals("lbfgs") && !optimizer.equals("adam")) {
            throw new IllegalArgumentException("optimizer must be lbfgs or adam, got " + optimizer);
        }
        if (tileSize < 16) {
            throw new IllegalArgumentException("tile size must be at least 16");
        }
        if (!(styleScale > 0)) {
            throw new IllegalArgumentException("style scale must be positive");
        }
    }

    /** Long side the style images are resized to for an output of long side {@code outputLongSide}. */
    public int styleSide(int outputLongSide) {
        return Math.max(16, (int) Math.round(outputLongSide * styleScale));
    }

    /**
     * Defaults for the network at hand. With the full VGG19, the paper's layers (content conv4_2, style
     * conv1_1..conv5_1; we take the ReLU outputs). With the truncated blocks 1-3, content relu3_2 and
     * style relu1_1..relu3_1: the deepest layers available, so the style is free to rework textures
     * while the photo's shapes stay.
     */
    public static GatysSettings defaultsFor(FeatureNetwork network) {
        Map<String, Double> style = new LinkedHashMap<>();
        LossSettings weights;
        if (network.has("relu5_1")) {
            for (String l : new String[] {"relu1_1", "relu2_1", "relu3_1", "relu4_1", "relu5_1"}) {
                style.put(l, 1.0);
            }
            weights = new LossSettings("relu4_2", style, 1.0, DEFAULT_STYLE_WEIGHT, DEFAULT_TV_WEIGHT);
        } else {
            for (String l : new String[] {"relu1_1", "relu2_1", "relu3_1"}) {
                style.put(l, 1.0);
            }
            weights = new LossSettings("relu3_2", style, 1.0, DEFAULT_STYLE_WEIGHT, DEFAULT_TV_WEIGHT);
        }
        return new GatysSettings(weights, DEFAULT_OPTIMIZER, DEFAULT_ITERATIONS, DEFAULT_COARSE_ITERATIONS, DEFAULT_START_SIZE,
            InitMode.CONTENT, 0L, 1.0, DEFAULT_LEARNING_RATE, 0, DEFAULT_TILE_ABOVE_PIXELS, DEFAULT_TILE_SIZE);
    }

    // The defaults of the library, the command line and the docs alike.
    public static final String DEFAULT_OPTIMIZER = "lbfgs";
    /** Iterations at the final size: coarse-to-fine has done most of the work by then. */
    public static final int DEFAULT_ITERATIONS = 150;
    public static final int DEFAULT_COARSE_ITERATIONS = 300;
    public static final int DEFAULT_START_SIZE = 256;
    /** Adam's step size in pixel units (0..255). */
    public static final double DEFAULT_LEARNING_RATE = 5.0;

    public static final double DEFAULT_STYLE_WEIGHT = 1e-3;
    public static final double DEFAULT_TV_WEIGHT = 1e-2;
    /** 1024x1024 still runs whole (about 3 GB); 2048 px outputs are tiled. */
    public static final long DEFAULT_TILE_ABOVE_PIXELS = 1L << 20;
    public static final int DEFAULT_TILE_SIZE = 512;
}
