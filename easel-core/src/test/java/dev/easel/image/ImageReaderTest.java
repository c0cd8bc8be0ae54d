package dev.easel.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.easel.EaselException;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReaderTest {
    @TempDir
    Path dir;

    /** What ImageWriter writes reads back at its size: PNG exactly (mean error 0), JPEG within its compression's error. */
    @ParameterizedTest
    @CsvSource({"a.png, 0", "a.jpg, 2.0"})
    void writtenFilesReadBack(String name, double maxMeanError) {
        Picture original = Fixtures.gradient(64, 48);
        Path file = dir.resolve(name);
        ImageWriter.write(original, file, false);
        Picture read = ImageReader.read(file);
        assertThat(read.width()).isEqualTo(64);
        assertThat(read.height()).isEqualTo(48);
        assertThat(Fixtures.meanAbsDiff(read, original)).isLessThanOrEqualTo(maxMeanError);
    }

    @Test
    void progressiveJpegIsRead() throws Exception {
        Picture original = Fixtures.gradient(64, 48);
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        Path file = dir.resolve("progressive.jpg");
        try (var ios = javax.imageio.ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(ios);
            var param = writer.getDefaultWriteParam();
            param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new javax.imageio.IIOImage(ImageReader.toBufferedImage(original), null, null), param);
        } finally {
            writer.dispose();
        }
        Picture read = ImageReader.read(file);
        assertThat(Fixtures.meanAbsDiff(read, original)).isLessThan(3.0);
    }

    /** Lossless formats read back exactly; a PNG named .jpg too: the format is sniffed from the content, not the name. */
    @ParameterizedTest
    @CsvSource({"bmp, a.bmp", "tiff, photo.tif", "png, really-a-png.jpg"})
    void losslessFilesReadBackExactly(String format, String name) throws Exception {
        Picture original = Fixtures.gradient(17, 9);
        assertThat(saveAndRead(ImageReader.toBufferedImage(original), format, name).data()).containsExactly(original.data());
    }

    /** {@code image} encoded as {@code format}, saved as {@code name} in the test's folder and read back. */
    private Picture saveAndRead(BufferedImage image, String format, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, Fixtures.encode(image, format));
        return ImageReader.read(file);
    }

    @Test
    void sixteenBitPngKeepsPrecision() throws Exception {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(4, 3);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                raster.setPixel(x, y, new int[] {40000, 0, 65535});
            }
        }
        Picture p = saveAndRead(new BufferedImage(cm, raster, false, null), "png", "deep.png");
        assertThat(p.get(0, 2, 1)).isCloseTo(40000f / 65535f * 255f, within(0.01f)); // 155.65, not 156
        assertThat(p.get(1, 2, 1)).isEqualTo(0f);
        assertThat(p.get(2, 2, 1)).isCloseTo(255f, within(0.001f));
    }

    @Test
    void grayscalePngIsNotGammaShifted() throws Exception {
        BufferedImage gray = new BufferedImage(5, 5, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = gray.getRaster();
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                raster.setSample(x, y, 0, 100);
            }
        }
        Picture p = saveAndRead(gray, "png", "gray.png");
        for (int c = 0; c < 3; c++) {
            assertThat(p.get(c, 3, 3)).isEqualTo(100f);
        }
    }

    @Test
    void palettePngIsExpanded() throws Exception {
        byte[] r = {(byte) 200, 10};
        byte[] g = {20, (byte) 150};
        byte[] b = {30, 90};
        BufferedImage indexed = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(1, 2, r, g, b));
        indexed.getRaster().setSample(1, 2, 0, 1);
        Picture p = saveAndRead(indexed, "png", "palette.png");
        assertThat(new float[] {p.get(0, 0, 0), p.get(1, 0, 0), p.get(2, 0, 0)}).containsExactly(200, 20, 30);
        assertThat(new float[] {p.get(0, 1, 2), p.get(1, 1, 2), p.get(2, 1, 2)}).containsExactly(10, 150, 90);
    }

    @Test
    void alphaIsCompositedOnWhite() throws Exception {
        BufferedImage argb = new BufferedImage(3, 3, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x00000000); // fully transparent black
        argb.setRGB(1, 1, 0x80FF0000); // half-transparent red
        argb.setRGB(2, 2, 0xFF102030); // opaque
        Picture p = saveAndRead(argb, "png", "alpha.png");
        float a = 128f / 255f;
        assertThat(p.get(0, 0, 0)).isEqualTo(255f);
        assertThat(p.get(2, 0, 0)).isEqualTo(255f);
        assertThat(p.get(0, 1, 1)).isCloseTo(255f, within(0.01f));
        assertThat(p.get(1, 1, 1)).isCloseTo(255f * (1 - a), within(0.01f));
        assertThat(p.get(2, 2, 2)).isCloseTo(0x30, within(0.01f));
    }

    @Test
    void webpIsRead() {
        // 1x1 lossless and lossy WebP images (the classic browser feature-test images).
        byte[] lossless = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        byte[] lossy = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
        for (byte[] webp : new byte[][] {lossless, lossy}) {
            Picture p = ImageReader.read(webp, "tiny.webp", ImageReader.DEFAULT_MAX_PIXELS);
            assertThat(p.width()).isEqualTo(1);
            assertThat(p.height()).isEqualTo(1);
        }
    }

    @Test
    void cmykJpegIsConvertedToRgb() throws Exception {
        // Adobe stores CMYK inverted: 0 means full ink. Left half full cyan, right half no ink.
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                raster.setPixel(x, y, new int[] {x < 8 ? 0 : 255, 255, 255, 255});
            }
        }
        Path file = dir.resolve("cmyk.jpg");
        Files.write(file, Fixtures.cmykJpeg(raster));
        Picture p = ImageReader.read(file);
        assertThat(p.get(0, 3, 8)).isLessThan(80f);
        assertThat(p.get(1, 3, 8)).isGreaterThan(120f);
        assertThat(p.get(2, 3, 8)).isGreaterThan(180f);
        for (int c = 0; c < 3; c++) {
            assertThat(p.get(c, 12, 8)).isGreaterThan(235f);
        }
    }

    private static final float[][] COLORS = {{220, 30, 30}, {30, 200, 30}, {30, 30, 220}, {240, 240, 240}};
    private static final int RED = 0;
    private static final int GREEN = 1;
    private static final int BLUE = 2;
    private static final int WHITE = 3;

    /** 48x32 with quadrants red | green over blue | white. */
    private static Picture quadrants() {
        Picture p = Picture.blank(48, 32);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 48; x++) {
                float[] color = COLORS[(y < 16 ? 0 : 2) + (x < 24 ? 0 : 1)];
                for (int c = 0; c < 3; c++) {
                    p.set(c, x, y, color[c]);
                }
            }
        }
        return p;
    }

    private static int colorAt(Picture p, int x, int y) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < COLORS.length; i++) {
            double d = 0;
            for (int c = 0; c < 3; c++) {
                d += Math.pow(p.get(c, x, y) - COLORS[i][c], 2);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        assertThat(bestDistance).as("colour at %d,%d", x, y).isLessThan(30 * 30);
        return best;
    }

    /** Expected quadrants (TL, TR, BL, BR) for EXIF orientations 1..8 of red|green over blue|white. */
    private static final int[][] EXPECTED = {
        {RED, GREEN, BLUE, WHITE},   // 1 as stored
        {GREEN, RED, WHITE, BLUE},   // 2 mirrored horizontally
        {WHITE, BLUE, GREEN, RED},   // 3 rotated 180
        {BLUE, WHITE, RED, GREEN},   // 4 mirrored vertically
        {RED, BLUE, GREEN, WHITE},   // 5 transposed
        {BLUE, RED, WHITE, GREEN},   // 6 rotated 90 clockwise
        {WHITE, GREEN, BLUE, RED},   // 7 transversed
        {GREEN, WHITE, RED, BLUE},   // 8 rotated 90 counter-clockwise
    };

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void exifOrientationIsApplied(int orientation) throws Exception {
        byte[] jpeg = Fixtures.insertSegment(Fixtures.jpeg(quadrants()), 0xE1, Fixtures.exifOrientation(orientation));
        Path file = dir.resolve("camera.jpg");
        Files.write(file, jpeg);
        Picture p = ImageReader.read(file);
        boolean swapped = orientation >= 5;
        assertThat(p.width()).isEqualTo(swapped ? 32 : 48);
        assertThat(p.height()).isEqualTo(swapped ? 48 : 32);
        int w = p.width();
        int h = p.height();
        int[] seen = {colorAt(p, w / 4, h / 4), colorAt(p, 3 * w / 4, h / 4),
            colorAt(p, w / 4, 3 * h / 4), colorAt(p, 3 * w / 4, 3 * h / 4)};
        assertThat(seen).containsExactly(EXPECTED[orientation - 1]);
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.jpg");
        assertThatThrownBy(() -> ImageReader.read(file)).isInstanceOf(EaselException.class)
                .hasMessage(file + ": file not found");
    }

    @Test
    void directory() {
        assertThatThrownBy(() -> ImageReader.read(dir)).isInstanceOf(EaselException.class)
                .hasMessage(dir + ": is a directory, not an image file");
    }

    @Test
    void zeroByteFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.png"));
        assertThatThrownBy(() -> ImageReader.read(file)).isInstanceOf(EaselException.class)
                .hasMessage(file + ": file is empty (0 bytes)");
    }

    @Test
    void textNamedJpg() throws Exception {
        Path file = dir.resolve("notes.jpg");
        Files.writeString(file, "Dear diary, today I painted a picture.\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImageReader.read(file)).isInstanceOf(EaselException.class)
                .hasMessageStartingWith(file + ": content is not a recognized image format")
                .hasMessageContaining("JPEG, PNG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png"})
    void truncatedFile(String format) throws Exception {
        byte[] full = Fixtures.encode(ImageReader.toBufferedImage(Fixtures.gradient(256, 256)), format);
        Path file = dir.resolve("cut." + format);
        Files.write(file, Arrays.copyOf(full, full.length / 2));
        assertThatThrownBy(() -> ImageReader.read(file)).isInstanceOf(EaselException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void hugePngIsRefusedFromTheHeaderAlone() throws Exception {
        Path file = dir.resolve("photo.png");
        Files.write(file, Fixtures.pngHeaderOnly(100_000, 100_000));
        // Warm up ImageIO's one-time plugin scan so the timing below measures only the refusal.
        assertThatThrownBy(() -> ImageReader.read(new byte[] {1}, "warm-up", 1)).isInstanceOf(EaselException.class);
        long start = System.nanoTime();
        assertThatThrownBy(() -> ImageReader.read(file)).isInstanceOf(EaselException.class)
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessage(file + ": 100000x100000 = 10000.0 MP exceeds the limit of 64.0 MP");
        assertThat((System.nanoTime() - start) / 1e6).as("milliseconds").isLessThan(500);
    }

    @Test
    void limitIsConfigurable() {
        byte[] png = Fixtures.encodeUnchecked(Fixtures.gradient(100, 100), "png");
        assertThat(ImageReader.read(png, "ok.png", 10_000).width()).isEqualTo(100);
        assertThatThrownBy(() -> ImageReader.read(png, "big.png", 9_999)).isInstanceOf(EaselException.class)
                .hasMessage("big.png: 100x100 = 10000 pixels exceeds the limit of 9999 pixels") // not "0.0 MP ... 0.0 MP"
                .hasMessageNotContaining("--");
    }

    @Test
    void brokenSymbolicLinkSaysSo() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("gone.jpg"), dir.resolve("missing-target.jpg"));
        assertThatThrownBy(() -> ImageReader.read(link)).isInstanceOf(EaselException.class)
                .hasMessage(link + ": is a broken symbolic link (its target does not exist)");
    }

    @Test
    void readsFromStream() {
        Picture original = Fixtures.gradient(10, 6);
        byte[] png = Fixtures.encodeUnchecked(original, "png");
        Picture p = ImageReader.read(new java.io.ByteArrayInputStream(png), "upload", 1_000);
        assertThat(p.data()).containsExactly(original.data());
    }

    @Test
    void toBufferedImageClampsAndRounds() {
        Picture p = new Picture(2, 1, new float[] {-5f, 300f, 127.5f, 127.49f, Float.NaN, 254.6f});
        BufferedImage image = ImageReader.toBufferedImage(p);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x008000);
        assertThat(image.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFF7FFF);
    }
}
