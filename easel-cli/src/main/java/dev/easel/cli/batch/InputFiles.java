package dev.easel.cli.batch;

import dev.easel.EaselException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The photos a batch works on, from folders, glob patterns ({@code "photos/*.jpg"}, {@code "**}{@code /*.png"})
 * or single files. Folders contribute image files by extension; hidden files (temporary files included) are
 * never picked up. Each photo keeps its path relative to where it was found, so the output can mirror it.
 */
public final class InputFiles {
    static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "webp", "gif", "tif", "tiff");

    /** A photo and its path below the folder (or glob base) it was found in. */
    public record Input(Path path, Path relative) {
    }

    private InputFiles() {
    }

    /**
     * Every photo the specs name, sorted and without duplicates.
     *
     * @param recursive  also look into subfolders of folders (and of a glob's base)
     * @param skipFolder never descend into this folder (the batch's output, when it lies inside an input)
     */
    public static List<Input> find(List<String> specs, boolean recursive, Path skipFolder) {
        Map<Path, Input> found = new LinkedHashMap<>();
        for (String spec : specs) {
            Path path = Path.of(spec);
            List<Input> inputs;
            if (Files.isDirectory(path)) {
                inputs = walk(path, recursive ? Integer.MAX_VALUE : 1, skipFolder, null);
            } else if (Files.isRegularFile(path)) {
                inputs = List.of(new Input(path, path.getFileName()));
            } else if (isGlob(spec)) {
                inputs = glob(spec, recursive, skipFolder);
            } else {
                throw new EaselException(spec + ": no such file or folder");
            }
            for (Input in : inputs) {
                found.putIfAbsent(in.path().toAbsolutePath().normalize(), in);
            }
        }
        List<Input> sorted = new ArrayList<>(found.values());
        sorted.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        return sorted;
    }

    /**
     * The folder a spec takes photos from: the folder itself, or a glob's fixed part ("a/b" of "a/b/*.jpg",
     * "." of "*.jpg"); null for a single file or a spec that names nothing.
     */
    public static Path baseFolder(String spec) {
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            return path;
        }
        if (Files.isRegularFile(path) || !isGlob(spec)) {
            return null;
        }
        String[] parts = spec.split("/", -1);
        return globBase(parts, firstWildcard(parts), spec);
    }

    static boolean isGlob(String spec) {
        return spec.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** Splits "a/b/*.jpg" into the folder "a/b" and the pattern "*.jpg", matched below it. */
    private static List<Input> glob(String spec, boolean recursive, Path skipFolder) {
        String[] parts = spec.split("/", -1);
        int first = firstWildcard(parts);
        String pattern = String.join("/", java.util.Arrays.copyOfRange(parts, first, parts.length));
        Path folder = globBase(parts, first, spec);
        if (!Files.isDirectory(folder)) {
            throw new EaselException(spec + ": no such folder " + folder);
        }
        boolean byPath = pattern.contains("/");
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        int depth = recursive || pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
        return walk(folder, depth, skipFolder, rel -> matcher.matches(byPath ? rel : rel.getFileName()));
    }

    private static int firstWildcard(String[] parts) {
        int first = 0;
        while (first < parts.length && !isGlob(parts[first])) {
            first++;
        }
        return first;
    }

    /** The parts of a glob before its first wildcard, as a folder. */
    private static Path globBase(String[] parts, int first, String spec) {
        String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, first));
        return base.isEmpty() ? Path.of(spec.startsWith("/") ? "/" : ".") : Path.of(base);
    }

    /** Regular, visible files below {@code folder}; image files by extension unless a matcher decides. */
    private static List<Input> walk(Path folder, int depth, Path skipFolder, java.util.function.Predicate<Path> matches) {
        // The output folder is skipped only below the input: as the input itself it is refused (or caught by BatchPlan).
        Path skip = skipFolder == null || skipFolder.toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize())
            ? null : skipFolder.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(folder, depth)) {
            // A broken link is kept: reading it fails with a message, where skipping it would lose it silently.
            return files.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f) && !Files.exists(f))
                .filter(f -> skip == null || !f.toAbsolutePath().normalize().startsWith(skip))
                .map(f -> new Input(f, folder.relativize(f)))
                .filter(in -> !hidden(in.relative()))
                .filter(in -> matches != null ? matches.test(in.relative()) : isImageName(in.relative()))
                .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new EaselException(folder + ": cannot list files (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isImageName(Path file) {
        return isImageName(file.getFileName().toString());
    }

    /** Whether a file name has one of the image extensions a folder contributes (any case). */
    public static boolean isImageName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
