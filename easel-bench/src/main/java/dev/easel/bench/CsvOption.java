package dev.easel.bench;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --csv} of every bench (a picocli mixin): where to write the results again, as CSV. */
public final class CsvOption {
    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the results as CSV.")
    Path file;

    /** Writes {@code text} to the file given; false when none was. */
    public boolean write(String text) throws IOException {
        if (file == null) {
            return false;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return true;
    }

    Path file() {
        return file;
    }
}
