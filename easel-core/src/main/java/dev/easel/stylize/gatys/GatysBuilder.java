package dev.easel.stylize.gatys;

import dev.easel.loss.LossSettings;
import dev.easel.vgg.FeatureNetwork;

/** Builds a Gatys stylizer; every setting starts at the defaults for the network. */
public final class GatysBuilder {
    private final FeatureNetwork network;
    private LossSettings weights;
    private String optimizer;
    private int iterations;
    private int coarseIterations;
    private int startSize;
    private InitMode init;
    private long seed;
    private double styleScale;
    private double learningRate;
    private int saveEvery;
    private boolean ownsNetwork;
    private Runnable beforeBackward = () -> { };
    private long tileAbovePixels;
    private int tileSize;

    GatysBuilder(FeatureNetwork network) {
        this.network = network;
        GatysSettings d = GatysSettings.defaultsFor(network);
        weights = d.weights();
        optimizer = d.optimizer();
        iterations = d.iterations();
        coarseIterations = d.coarseIterations();
        startSize = d.startSize();
        init = d.init();
        seed = d.seed();
        styleScale = d.styleScale();
        learningRate = d.learningRate();
        saveEvery = d.saveEvery();
        tileAbovePixels = d.tileAbovePixels();
        tileSize = d.tileSize();
    }

    /** Evaluate tile by tile (exact, bounded memory) on levels above this many pixels. */
    public GatysBuilder tiling(long abovePixels, int size) {
        this.tileAbovePixels = abovePixels;
        this.tileSize = size;
        return this;
    }

    public GatysBuilder weights(LossSettings w) {
        this.weights = w;
        return this;
    }

    public GatysBuilder lossWeights(double content, double style, double tv) {
        this.weights = weights.withWeights(content, style, tv);
        return this;
    }

    public GatysBuilder optimizer(String name) {
        this.optimizer = name;
        return this;
    }

    public GatysBuilder learningRate(double lr) {
        this.learningRate = lr;
        return this;
    }

    /** Iterations at the final size, and at each coarser level. */
    public GatysBuilder iterations(int fine, int coarse) {
        this.iterations = fine;
        this.coarseIterations = coarse;
        return this;
    }

    /** Long side of the first coarse-to-fine level; 0 optimizes at the final size only. */
    public GatysBuilder startSize(int size) {
        this.startSize = size;
        return this;
    }

    public GatysBuilder init(InitMode mode) {
        this.init = mode;
        return this;
    }

    public GatysBuilder seed(long s) {
        this.seed = s;
        return this;
    }

    public GatysBuilder styleScale(double scale) {
        this.styleScale = scale;
        return this;
    }

    public GatysBuilder saveEvery(int every) {
        this.saveEvery = every;
        return this;
    }

    /** Close the network when the stylizer closes. */
    public GatysBuilder ownsNetwork(boolean owns) {
        this.ownsNetwork = owns;
        return this;
    }

    /** Diagnostic hook run between forward and backward: this package's tests force a GC here. */
    GatysBuilder beforeBackward(Runnable hook) {
        this.beforeBackward = hook;
        return this;
    }

    GatysSettings settings() {
        return new GatysSettings(weights, optimizer, iterations, coarseIterations, startSize, init, seed,
            styleScale, learningRate, saveEvery, tileAbovePixels, tileSize);
    }

    public GatysStylizer build() {
        return new GatysStylizer(network, settings(), ownsNetwork, beforeBackward);
    }
}
