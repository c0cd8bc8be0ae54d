package dev.easel.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** WebP output keeps the alpha, and what Easel writes as WebP it reads back (through TwelveMonkeys' reader). */
class WebpOutputTest {
    @TempDir
    Path dir;

    @Test
    void aTransparentPictureRoundTripsThroughWebpWithItsAlpha() throws IOException {
        Picture photo = ImageReader.read(AlphaTest.writePng(AlphaTest.halfTransparent(64, 32), dir.resolve("a.png")));
        Path webp = dir.resolve("out.webp");
        ImageWriter.write(photo, webp, false);
        byte[] bytes = Files.readAllBytes(webp);
        assertThat(new String(bytes, 0, 4)).isEqualTo("RIFF");
        assertThat(new String(bytes, 8, 4)).isEqualTo("WEBP");

        Picture back = ImageReader.read(webp);
        assertThat(back.width()).isEqualTo(64);
        assertThat(back.height()).isEqualTo(32);
        assertThat(back.alpha()).as("the alpha plane survives").isNotNull();
        assertThat(back.alpha()[0]).isZero();                 // left half transparent
        assertThat(back.alpha()[63]).isEqualTo(255f);         // right half opaque
        // lossy colours, but the opaque blue stays blue
        assertThat(back.get(2, 50, 16)).isCloseTo(255f, within(12f));
        assertThat(back.get(0, 50, 16)).isCloseTo(0f, within(12f));
    }

    @Test
    void encodeGivesWebpBytesAndAnOpaquePictureStaysOpaque() {
        Picture opaque = new Picture(16, 8, new float[3 * 16 * 8]);
        byte[] bytes = ImageWriter.encode(opaque, "webp");
        assertThat(new String(bytes, 8, 4)).isEqualTo("WEBP");
        Picture back = ImageReader.read(bytes, "encoded.webp", 1_000_000);
        assertThat(back.width()).isEqualTo(16);
        assertThat(back.alpha()).isNull();
    }

    @Test
    void webpIsReadByThePureJavaReaderNotTheNativeOne() throws IOException {
        ImageWriter.encode(new Picture(2, 2, new float[12]), "webp"); // registers the plugins
        var readers = javax.imageio.ImageIO.getImageReadersByFormatName("webp");
        assertThat(readers.hasNext()).isTrue();
        while (readers.hasNext()) {
            assertThat(readers.next().getClass().getName()).doesNotStartWith("com.luciad.");
        }
    }
}
