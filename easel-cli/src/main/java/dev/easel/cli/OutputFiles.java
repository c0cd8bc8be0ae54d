package dev.easel.cli;

import dev.easel.EaselException;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.io.FileNames;

import java.nio.file.Files;
import java.nio.file.Path;

/** The output file and its intermediates: checked before long work starts, written atomically. */
final class OutputFiles {
    private final Path output;
    private final boolean force;

    OutputFiles(Path output, boolean force) {
        this.output = output;
        this.force = force;
    }

    /** Fails before any work is done if the output exists and --force was not given. */
    void checkWritable() {
        if (!force && Files.exists(output)) {
            throw new EaselException(output + " already exists; use --force to overwrite");
        }
    }

    void write(Picture picture) {
        ImageWriter.write(picture, output, force);
    }

    /** Writes OUTPUT-iterNNNN.EXT beside the output. */
    void writeIntermediate(Picture picture, int step) {
        ImageWriter.write(picture, intermediate(step), force);
    }

    Path intermediate(int step) {
        String name = output.getFileName().toString();
        String stem = FileNames.stem(name);
        String ext = stem.length() < name.length() ? name.substring(stem.length()) : ".png";
        return output.resolveSibling(String.format("%s-iter%04d%s", stem, step, ext));
    }
}
