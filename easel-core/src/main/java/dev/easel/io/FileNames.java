package dev.easel.io;

import java.nio.file.Path;

/** File-name helpers shared by model names, style names and derived output names. */
public final class FileNames {
    private FileNames() {
    }

    /** The name without its last extension: "starry_night.jpg" to "starry_night"; names without one unchanged. */
    public static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static String stem(Path file) {
        return stem(file.getFileName().toString());
    }
}
