package dev.easel.bench;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * What {@code bench realtime} and {@code bench arbitrary} both ask of their timed passes (a picocli mixin): how many,
 * and the photo they repaint. Their workers' side is {@link PassWorkerOptions}.
 */
final class PassOptions {
    @Option(names = "--repeats", paramLabel = "N", description = "Timed passes per configuration (after 1 warm-up); the median is reported.")
    int repeats = 5;

    @Option(names = "--content", paramLabel = "FILE",
        description = "Photo, resized to each square size (default: $EASEL_SHARED/images/content/tubingen.jpg, else a synthetic pattern).")
    Path content;
}
