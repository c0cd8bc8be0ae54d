package dev.easel.image;

import dev.easel.EaselException;

import java.nio.file.Path;

/** An output file that is already there and was not to be overwritten; front ends say how to allow it. */
public final class OutputExistsException extends EaselException {
    private final Path path;

    public OutputExistsException(Path path, Throwable cause) {
        super(path + " already exists", cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
