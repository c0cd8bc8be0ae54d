package dev.easel.spark;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Resizer;
import dev.easel.vgg.VggLocator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Small photos from the shared training set, written into a test's folder. */
final class TestPhotos {
    static final Path TRAIN = VggLocator.sharedDirectory().toAbsolutePath().resolve("images/train");
    static final String CORRUPT = "broken.jpg";

    private TestPhotos() {
    }

    /** {@code count} photos at {@code size} px (long side), named as in the training set, plus a corrupt JPEG. */
    static Path folder(Path folder, int count, int size) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(TRAIN)) {
            sources = files.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(count).toList();
        }
        for (Path source : sources) {
            ImageWriter.write(Resizer.fitLongSide(ImageReader.read(source), size), folder.resolve(source.getFileName()), false);
        }
        byte[] jpeg = Files.readAllBytes(folder.resolve(sources.get(0).getFileName()));
        Files.write(folder.resolve(CORRUPT), java.util.Arrays.copyOf(jpeg, jpeg.length / 3)); // cut off: truncated
        return folder;
    }
}
