package dev.easel.cli;

import dev.easel.image.ImageWriter;
import dev.easel.testing.TestData;

import java.nio.file.Path;

/** Photo files the CLI tests give the commands, written into their temporary folders. */
final class TestPhotos {
    private TestPhotos() {
    }

    /** The shared tubingen.jpg at {@code longSide} px, written to {@code file} (in the format its name gives). */
    static Path tubingen(Path file, int longSide) {
        ImageWriter.write(TestData.tubingen(longSide), file, false);
        return file;
    }
}
