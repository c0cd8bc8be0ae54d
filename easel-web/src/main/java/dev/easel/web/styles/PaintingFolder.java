package dev.easel.web.styles;

import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.io.FileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The paintings offered in the gallery: the image files of one folder, listed once at start and known by
 * their file name without extension. A request names a painting; only a name listed here is ever mapped
 * to a file, so a request cannot reach any other path.
 */
public final class PaintingFolder {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "bmp");

    private final Path folder;
    private final Map<String, Path> files;

    private PaintingFolder(Path folder, Map<String, Path> files) {
        this.folder = folder;
        this.files = files;
    }

    public static PaintingFolder empty() {
        return new PaintingFolder(null, Map.of());
    }

    /** The folder scanned, or null for an empty gallery. */
    public Path folder() {
        return folder;
    }

    /** The paintings in {@code folder}; an absent folder gives an empty gallery. */
    public static PaintingFolder scan(Path folder) {
        Map<String, Path> files = new TreeMap<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return new PaintingFolder(folder, files);
        }
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile).sorted().forEach(f -> {
                String file = f.getFileName().toString();
                String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                String name = FileNames.stem(file);
                if (EXTENSIONS.contains(ext) && SAFE_NAME.matcher(name).matches()) {
                    files.putIfAbsent(name, f);
                }
            });
        } catch (IOException e) {
            throw new EaselException(folder + ": cannot list paintings (" + e.getMessage() + ")", e);
        }
        return new PaintingFolder(folder, Map.copyOf(files));
    }

    public Set<String> names() {
        return files.keySet();
    }

    public boolean has(String name) {
        return name != null && files.containsKey(name);
    }

    /** Reads a listed painting; {@code name} must be one of {@link #names()}. */
    public Picture read(String name, long maxPixels) {
        Path file = files.get(name);
        if (file == null) {
            throw new IllegalArgumentException("no painting named " + name);
        }
        return ImageReader.read(file, maxPixels);
    }
}
