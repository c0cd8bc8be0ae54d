package dev.easel.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --content-weight} of the perceptual loss (a picocli mixin), the same for stylize's Gatys objective and
 * the feed-forward training commands'.
 */
final class ContentWeightOption {
    @Option(names = "--content-weight", paramLabel = "W", description = "Weight of the content loss.")
    double weight = 1.0;
}
