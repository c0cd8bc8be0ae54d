package dev.easel.cli;

import picocli.CommandLine.Option;

/**
 * How a trained network paints (a picocli mixin), as stylize and {@code bench quality} take it: coarse to fine at
 * {@code --scales} sizes, then finished by {@code --refine} iterations of the Gatys objective.
 */
public final class NetworkPasses {
    @Option(names = "--refine", paramLabel = "N",
        description = "realtime, multi, arbitrary: finish with N iterations of the Gatys objective at each coarse-to-fine level, starting from the network's picture (0: the network alone).")
    int refine = 0;

    @Option(names = "--scales", paramLabel = "N", description = "realtime, multi, arbitrary: paint coarse to fine at N sizes (1/2^(N-1) of the output up to 1): larger strokes and shapes.")
    int scales = 1;

    /** Gatys iterations per coarse-to-fine level after the network; 0 for the network alone. */
    public int refine() {
        return refine;
    }

    /** The sizes the network paints at, coarse to fine. */
    public int scales() {
        return scales;
    }
}
