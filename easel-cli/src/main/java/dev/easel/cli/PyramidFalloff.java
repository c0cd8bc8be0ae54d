package dev.easel.cli;

import dev.easel.loss.StylePyramid;
import picocli.CommandLine.Option;

/** The {@code --pyramid-falloff} of the train commands (a picocli mixin), and the style pyramid it weights. */
final class PyramidFalloff {
    @Option(names = "--pyramid-falloff", paramLabel = "F",
        description = "Weight of each coarser --style-pyramid scale relative to the finer one (1: equal; 0.25: by pixel count, keeps the fine texture).")
    double falloff = 1.0;

    /** The style pyramid of {@code levels} scales with this falloff (core checks both). */
    StylePyramid pyramid(int levels) {
        return new StylePyramid(levels, falloff);
    }
}
