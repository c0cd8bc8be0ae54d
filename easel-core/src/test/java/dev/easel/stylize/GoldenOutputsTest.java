package dev.easel.stylize;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.arbitrary.AdainModel;
import dev.easel.stylize.arbitrary.AdainStylizer;
import dev.easel.stylize.arbitrary.YanaiModel;
import dev.easel.stylize.arbitrary.YanaiStylizer;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.stylize.realtime.RealtimeModel;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every method stylizes the same small photo, whole and in tiles, and must give the pictures stored in
 * {@code src/test/resources/golden}: the guard for refactoring that must not change behaviour.
 *
 * <p>How it tolerates other CPUs: PyTorch picks its kernels (AVX2, AVX-512, oneDNN) by CPU, so float sums
 * round differently from one machine to another, and a value near a half level can round to the next
 * 8-bit level. The stored PNGs are therefore compared with a max abs difference of {@value #TOLERANCE}
 * levels, which such rounding stays within while any real change of a method (a layer, a weight, a tile
 * geometry) moves pixels by tens of levels. On one machine results are bit-identical: each run writes the
 * SHA-256 of every raw float output to {@code target/golden/hashes.txt}; diff that file before and after a
 * refactor. {@code -Deasel.golden.record=true} re-records the PNGs (only when a change of output is meant).
 */
class GoldenOutputsTest {
    private static final int TOLERANCE = 2;
    private static final int SIDE = 96;
    private static final Path STORED = Path.of("src/test/resources/golden");
    private static final Path HASHES = Path.of("target/golden/hashes.txt");
    private static final boolean RECORD = Boolean.getBoolean("easel.golden.record");
    private static final Map<String, String> hashes = new TreeMap<>();

    @SharedVgg
    private static FeatureNetwork vgg;
    private static Picture photo;
    private static Picture starryNight;
    private static Picture scream;

    @BeforeAll
    static void load() {
        photo = TestData.tubingen(SIDE);
        starryNight = TestData.starryNight(SIDE);
        scream = TestData.image("style/the_scream.jpg", SIDE);
    }

    @AfterAll
    static void close() throws IOException {
        Files.createDirectories(HASHES.getParent());
        StringBuilder lines = new StringBuilder();
        hashes.forEach((name, hash) -> lines.append(name).append(' ').append(hash).append('\n'));
        Files.writeString(HASHES, lines);
    }

    @Test
    void gatysWhole() {
        try (GatysStylizer s = GatysStylizer.builder(vgg).iterations(4, 2).startSize(32).build()) {
            check("gatys-whole", s, oneStyle(starryNight, 64));
        }
    }

    @Test
    void gatysTiled() {
        try (GatysStylizer s = GatysStylizer.builder(vgg).iterations(3, 0).startSize(0).tiling(0, 32).build()) {
            check("gatys-tiled", s, oneStyle(starryNight, 64));
        }
    }

    @Test
    void realtimeWholeAndTiled() {
        realtime("mosaic-fast", "realtime", List.of(named("mosaic", 1.0)));
    }

    @Test
    void realtimeWithStrengthAndColours() {
        try (RealtimeStylizer s = new RealtimeStylizer(RealtimeModel.load(ModelRegistry.standard().find("candy")))) {
            check("realtime-finishing", s, new StyleRequest(photo, List.of(named("candy", 1.0)), SIDE,
                ColorPreservation.LUMINANCE, 0.6));
        }
    }

    @Test
    void multiMixWholeAndTiled() {
        realtime("multi", "multi-mix", List.of(named("candy", 0.7), named("starry_night", 0.3)));
    }

    @Test
    void multiMasks() {
        Picture left = halfMask(true);
        Picture right = halfMask(false);
        try (RealtimeStylizer s = new RealtimeStylizer(RealtimeModel.load(ModelRegistry.standard().find("multi")))) {
            check("multi-masks", s, request(List.of(new StyleInput(null, "candy", 1.0, left),
                new StyleInput(null, "starry_night", 1.0, right))));
        }
    }

    @Test
    void adainWholeAndTiled() {
        StyleRequest mix = request(List.of(new StyleInput(starryNight, "a", 0.6), new StyleInput(scream, "b", 0.4)));
        for (boolean tiled : new boolean[] {false, true}) {
            AdainModel model = AdainModel.load(ModelRegistry.standard().find("adain"), vgg, false);
            try (AdainStylizer s = tiled ? new AdainStylizer(model, new TilePlan(0, 48)) : new AdainStylizer(model)) {
                check("adain-" + (tiled ? "tiled" : "whole"), s, mix);
            }
        }
    }

    @Test
    void yanaiWholeAndTiled() {
        StyleRequest mix = request(List.of(new StyleInput(starryNight, "a", 0.6), new StyleInput(scream, "b", 0.4)));
        for (boolean tiled : new boolean[] {false, true}) {
            // the style-vector model closes its VGG: it gets its own
            YanaiModel model = YanaiModel.load(ModelRegistry.standard().find("yanai"), TestData.network());
            try (YanaiStylizer s = tiled ? new YanaiStylizer(model, new TilePlan(0, 48)) : new YanaiStylizer(model)) {
                check("yanai-" + (tiled ? "tiled" : "whole"), s, mix);
            }
        }
    }

    private static void realtime(String model, String name, List<StyleInput> styles) {
        for (boolean tiled : new boolean[] {false, true}) {
            RealtimeModel loaded = RealtimeModel.load(ModelRegistry.standard().find(model));
            try (RealtimeStylizer s = tiled ? new RealtimeStylizer(loaded, new TilePlan(0, 48)) : new RealtimeStylizer(loaded)) {
                check(name + "-" + (tiled ? "tiled" : "whole"), s, request(styles));
            }
        }
    }

    private static StyleInput named(String name, double weight) {
        return new StyleInput(null, name, weight);
    }

    private static StyleRequest request(List<StyleInput> styles) {
        return new StyleRequest(photo, styles, SIDE, ColorPreservation.NONE, 1.0);
    }

    private static StyleRequest oneStyle(Picture style, int size) {
        return new StyleRequest(photo, List.of(StyleInput.of(style)), size, ColorPreservation.NONE, 1.0);
    }

    /** White on the left (or right) half of the output. */
    private static Picture halfMask(boolean leftHalf) {
        int[] size = StyleRequest.outputSize(photo.width(), photo.height(), SIDE);
        Picture mask = Picture.blank(size[0], size[1]);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    mask.set(c, x, y, (x < size[0] / 2) == leftHalf ? 255f : 0f);
                }
            }
        }
        return mask;
    }

    private static void check(String name, Stylizer stylizer, StyleRequest request) {
        Picture out = stylizer.stylize(request, p -> { }, Cancellation.none());
        hashes.put(name, sha256(out));
        Picture quantized = out.quantized();
        Path stored = STORED.resolve(name + ".png");
        if (RECORD) {
            ImageWriter.write(quantized, stored, true);
        }
        assertThat(stored).as("golden picture (record with -Deasel.golden.record=true)").exists();
        Picture expected = ImageReader.read(stored);
        assertThat(new int[] {quantized.width(), quantized.height()}).as(name + " size")
            .containsExactly(expected.width(), expected.height());
        assertThat(maxAbsDiff(quantized, expected)).as(name + ": max |output - golden| in 8-bit levels")
            .isLessThanOrEqualTo(TOLERANCE);
    }

    private static int maxAbsDiff(Picture a, Picture b) {
        float[] p = a.data();
        float[] q = b.data();
        float max = 0;
        for (int i = 0; i < p.length; i++) {
            max = Math.max(max, Math.abs(p[i] - q[i]));
        }
        return (int) Math.ceil(max);
    }

    /** The exact bits of the raw output (before rounding to 8 bits). */
    private static String sha256(Picture picture) {
        ByteBuffer bytes = ByteBuffer.allocate(picture.data().length * 4);
        bytes.asFloatBuffer().put(picture.data());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
