package dev.easel.testing;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Shared test inputs from $EASEL_SHARED (set by the build); tests never copy them into the repo. */
public final class TestData {
    private TestData() {
    }

    public static Path shared() {
        return VggLocator.sharedDirectory().toAbsolutePath();
    }

    public static Path sharedBlocks() {
        return shared().resolve(VggLocator.SHARED_BLOCKS);
    }

    public static FeatureNetwork network() {
        return VggLocator.load(sharedBlocks().toString(), Pooling.MAX);
    }

    /** A shared photo or painting, resized to the given long side. */
    public static Picture image(String relative, int longSide) {
        return Resizer.fitLongSide(ImageReader.read(shared().resolve("images").resolve(relative)), longSide);
    }

    /**
     * Shrunk PNG copies of shared images ({@code folder} under images/, e.g. "train") in a folder of
     * {@code dir}: tiny training sets that train in seconds.
     */
    public static Path smallCopies(Path dir, String folder, List<String> names, int longSide) {
        Path out = dir.resolve(folder.replace('/', '-'));
        for (String name : names) {
            ImageWriter.write(image(folder + "/" + name, longSide), out.resolve(name.replace(".jpg", ".png")), true);
        }
        return out;
    }

    public static Picture tubingen(int longSide) {
        return image("content/tubingen.jpg", longSide);
    }

    public static Picture starryNight(int longSide) {
        return image("style/starry_night.jpg", longSide);
    }

    /** Style images a user may bring that are not plain RGB: a small grayscale PNG and a tiny one with alpha. */
    public static List<Path> grayscaleAndTransparentPngs(Path dir) throws IOException {
        Path gray = dir.resolve("gray.png");
        BufferedImage g = new BufferedImage(20, 12, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 20; x++) {
            g.getRaster().setSample(x, x % 12, 0, 200);
        }
        ImageIO.write(g, "png", gray.toFile());
        Path alpha = dir.resolve("alpha.png");
        BufferedImage a = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        a.setRGB(0, 0, 0x80ff0000);
        a.setRGB(2, 1, 0xff00ff00);
        ImageIO.write(a, "png", alpha.toFile());
        return List.of(gray, alpha);
    }
}
