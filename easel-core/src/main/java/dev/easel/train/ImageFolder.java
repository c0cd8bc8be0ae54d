package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/** Training photos from a folder, served as random square crops with random horizontal flips. */
public final class ImageFolder {
    private final Path root;
    private final List<Path> files;

    public ImageFolder(Path root) {
        this.root = root;
        if (!Files.isDirectory(root)) {
            throw new EaselException(root + ": image folder not found");
        }
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(ImageFolder::isImage).sorted().toList();
        } catch (IOException e) {
            throw new EaselException(root + ": cannot list its images (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new EaselException(root + ": no .jpg, .jpeg or .png images found");
        }
    }

    public int size() {
        return files.size();
    }

    public Path root() {
        return root;
    }

    /** The image files, sorted. */
    public List<Path> files() {
        return files;
    }

    /**
     * A random {@code size} x {@code size} crop of a random image, its shorter side first scaled to between
     * {@code size} and 1.5x {@code size} so crops show whole objects, not just texture.
     */
    public Picture randomCrop(Random random, int size) {
        Path file = files.get(random.nextInt(files.size()));
        Picture p = ImageReader.read(file);
        int shorter = Math.min(p.width(), p.height());
        int target = size + random.nextInt(size / 2 + 1);
        double scale = (double) target / shorter;
        p = Resizer.resize(p, Math.max(size, (int) Math.round(p.width() * scale)), Math.max(size, (int) Math.round(p.height() * scale)));
        int x0 = random.nextInt(p.width() - size + 1);
        int y0 = random.nextInt(p.height() - size + 1);
        boolean flip = random.nextBoolean();
        Picture crop = Picture.blank(size, size);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    crop.set(c, flip ? size - 1 - x : x, y, p.get(c, x0 + x, y0 + y));
                }
            }
        }
        return crop;
    }

    /** {@code count} random crops as an engine-owned N x 3 x size x size batch (RGB 0..255) owned by {@code m}. */
    public NDArray batch(NDManager m, Random random, int count, int size) {
        float[] data = new float[count * 3 * size * size];
        for (int i = 0; i < count; i++) {
            Picture crop = randomCrop(random, size);
            System.arraycopy(crop.data(), 0, data, i * crop.data().length, crop.data().length);
        }
        try (NDArray javaBacked = m.create(data, new Shape(count, 3, size, size))) {
            return javaBacked.duplicate();
        }
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
    }
}
