package dev.easel.stylize;

import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;

import dev.easel.io.FileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the paintings of trained models are found by file name: a model's card records the painting it
 * learned ("candy.jpg"), and refining its picture needs that painting again.
 */
public record PaintingFolders(List<Path> folders) {
    public PaintingFolders {
        folders = List.copyOf(folders);
    }

    /** Beside the installed models first, then the shared paintings ($EASEL_SHARED/images/style). */
    public static PaintingFolders standard() {
        List<Path> folders = new java.util.ArrayList<>(dev.easel.models.ModelRegistry.standard().folders());
        folders.add(dev.easel.vgg.VggLocator.sharedDirectory().resolve("images/style"));
        return new PaintingFolders(folders);
    }

    /** The image files a painting may be. */
    public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "bmp");

    /** Every painting by name (its file name without extension), the first folder's where two have one. */
    public Map<String, Path> byName() {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> {
                    String file = f.getFileName().toString();
                    String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                    if (EXTENSIONS.contains(ext)) {
                        found.putIfAbsent(FileNames.stem(file), f);
                    }
                });
            } catch (IOException e) {
                throw new EaselException(folder + ": cannot list paintings (" + e.getMessage() + ")", e);
            }
        }
        return found;
    }

    /** The painting named {@code fileName} in the first folder that has it. */
    public Picture read(String fileName, long maxPixels) {
        for (Path folder : folders) {
            Path file = folder.resolve(fileName);
            if (Files.isRegularFile(file)) {
                return ImageReader.read(file, maxPixels);
            }
        }
        throw new EaselException("the painting " + fileName + " was not found in " + folders
            + "; it is needed to refine a model's picture");
    }
}
