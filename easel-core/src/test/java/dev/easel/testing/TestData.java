package dev.easel.testing;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;
import dev.easel.vgg.VggWeights;

import java.nio.file.Path;

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
        return FeatureNetwork.load(VggWeights.open(sharedBlocks()), Pooling.MAX);
    }

    /** A shared photo or painting, resized to the given long side. */
    public static Picture image(String relative, int longSide) {
        return Resizer.fitLongSide(ImageReader.read(shared().resolve("images").resolve(relative)), longSide);
    }

    public static Picture tubingen(int longSide) {
        return image("content/tubingen.jpg", longSide);
    }

    public static Picture starryNight(int longSide) {
        return image("style/starry_night.jpg", longSide);
    }
}
