package dev.easel.cli;

import dev.easel.stylize.gatys.GatysSettings;
import picocli.CommandLine.Option;

/**
 * The {@code --lr} of a Gatys optimization with Adam (a picocli mixin), as stylize and {@code bench gatys} take it.
 * The train commands' {@code --lr} is another rate (the network's, with its own default).
 */
public final class GatysLearningRate {
    @Option(names = "--lr", paramLabel = "RATE", description = "Adam's learning rate (pixel units, 0..255 scale).")
    double rate = GatysSettings.DEFAULT_LEARNING_RATE;

    public double rate() {
        return rate;
    }
}
