package dev.easel.spark;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Resizer;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A test class's photos, made once for the class (a JUnit extension): small photos from the shared training set,
 * named as there, plus a corrupt JPEG, in photos/ of a temporary folder that the tests also write their outputs to
 * and that is deleted when the class is done.
 */
final class TestPhotos implements BeforeAllCallback {
    static final Path TRAIN = VggLocator.sharedDirectory().toAbsolutePath().resolve("images/train");
    static final String CORRUPT = "broken.jpg";

    private final int count;
    private final int size;
    private Path dir;

    /** {@code count} photos at {@code size} px (long side), and the corrupt one. */
    TestPhotos(int count, int size) {
        this.count = count;
        this.size = size;
    }

    /** The class's temporary folder. */
    Path dir() {
        return dir;
    }

    /** The photos' folder in it. */
    Path folder() {
        return dir.resolve("photos");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("easel-spark-test");
        context.getStore(ExtensionContext.Namespace.create(TestPhotos.class))
            .put(dir, (ExtensionContext.Store.CloseableResource) this::deleteDir);
        Path folder = Files.createDirectories(folder());
        List<Path> sources;
        try (Stream<Path> files = Files.list(TRAIN)) {
            sources = files.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(count).toList();
        }
        for (Path source : sources) {
            ImageWriter.write(Resizer.fitLongSide(ImageReader.read(source), size), folder.resolve(source.getFileName()), false);
        }
        byte[] jpeg = Files.readAllBytes(folder.resolve(sources.get(0).getFileName()));
        Files.write(folder.resolve(CORRUPT), Arrays.copyOf(jpeg, jpeg.length / 3)); // cut off: truncated
    }

    private void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) { // a folder's files before the folder
                Files.delete(file);
            }
        }
    }
}
