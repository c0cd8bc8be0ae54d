package dev.easel.cli;

import dev.easel.EaselException;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.io.AtomicFiles;
import dev.easel.io.FileNames;
import dev.easel.io.WriteFailures;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The output file and its intermediates: checked before long work starts, written atomically. */
final class OutputFiles {
    private final Path output;
    private final boolean force;

    OutputFiles(Path output, boolean force) {
        this.output = output;
        this.force = force;
    }

    /**
     * Everything that would make the final write fail, checked before the work: a folder or an unknown extension
     * and an input given as the output are usage errors (exit 2, even with --force: the input would be lost); an
     * existing output without --force, or a folder that cannot be written, fail (exit 1). Temporary files a killed
     * run left beside the output are removed.
     *
     * @param nameCheck the writer's own check of the name (ImageWriter::checkOutputName for images)
     * @param inputs    the files the command reads (null entries are ignored)
     */
    static void check(CommandLine cli, Path output, boolean force, Consumer<Path> nameCheck, List<Path> inputs) {
        try {
            nameCheck.accept(output);
        } catch (EaselException e) {
            throw new ParameterException(cli, "--output " + e.getMessage());
        }
        for (Path in : inputs.stream().filter(Objects::nonNull).toList()) {
            if (sameFile(in, output)) {
                throw new ParameterException(cli, "--output " + output + " is also an input (" + in
                    + "); write the result to another file");
            }
        }
        if (!force && Files.exists(output)) {
            throw new EaselException(output + " already exists; use --force to overwrite");
        }
        checkFolder(output);
        AtomicFiles.deleteStrayTemps(output);
    }

    /** Whether a file can be created where {@code output} goes (the probe creates and deletes one). */
    static void checkFolder(Path output) {
        try {
            AtomicFiles.probeWritable(output.toAbsolutePath().getParent(), output.getFileName().toString());
        } catch (IOException e) {
            throw new EaselException(output + ": cannot write there: " + WriteFailures.describe(e), e);
        }
    }

    /** The same file: by path when the output does not exist yet, by file identity (links included) when it does. */
    static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
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
