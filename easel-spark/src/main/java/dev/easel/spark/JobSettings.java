package dev.easel.spark;

import dev.easel.cli.StylizeFlags;

import java.util.Objects;

/**
 * One job: photos under {@code input} (a folder or one file, any Hadoop URI), results mirrored under {@code output}.
 *
 * @param partitions how many tasks share the photos; 0 chooses four per core of the cluster
 */
public record JobSettings(String input, String output, OutputFormat format, boolean force, boolean recursive,
                          int partitions, StylizeFlags flags) {
    public JobSettings {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(flags, "flags");
        if (input.isBlank() || output.isBlank()) {
            throw new IllegalArgumentException("the input and the output must be named");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 0, got " + partitions);
        }
    }
}
