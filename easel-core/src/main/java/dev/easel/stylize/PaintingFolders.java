package dev.easel.stylize;

import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
