package dev.easel.image;

import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.Finishing;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A transparent photo: colours for the methods, the alpha carried through resizing, finishing and PNG files. */
class AlphaTest {
    @TempDir
    Path dir;

    /** Left half transparent (red underneath), right half opaque blue. */
    static BufferedImage halfTransparent(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, x < w / 2 ? 0x00FF0000 : 0xFF0000FF);
            }
        }
        return image;
    }

    static Path writePng(BufferedImage image, Path file) throws IOException {
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aTransparentPngKeepsItsAlphaBesideColoursCompositedOnWhite() throws IOException {
        Picture p = ImageReader.read(writePng(halfTransparent(8, 4), dir.resolve("a.png")));
        assertThat(p.alpha()).isNotNull();
        assertThat(p.alpha()[0]).isZero();
        assertThat(p.alpha()[7]).isEqualTo(255f);
        assertThat(p.get(0, 0, 0)).isEqualTo(255f); // transparent red on white is white
        assertThat(p.get(1, 0, 0)).isEqualTo(255f);
        assertThat(p.get(2, 7, 0)).isEqualTo(255f);
        assertThat(p.get(0, 7, 0)).isZero();
    }

    @Test
    void anOpaquePictureCarriesNoAlphaPlane() throws IOException {
        BufferedImage opaque = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        opaque.setRGB(0, 0, 4, 4, new int[] {0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030,
            0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030}, 0, 4);
        assertThat(ImageReader.read(writePng(opaque, dir.resolve("o.png"))).alpha()).isNull();
    }

    @Test
    void resizingAndFinishingCarryTheAlpha() throws IOException {
        Picture photo = ImageReader.read(writePng(halfTransparent(64, 32), dir.resolve("a.png")));
        Picture small = Resizer.resize(photo, 16, 8);
        assertThat(small.alpha()).hasSize(16 * 8);
        assertThat(small.alpha()[0]).isZero();
        assertThat(small.alpha()[15]).isEqualTo(255f);

        Picture painted = Picture.blank(32, 16); // a method's picture: colours only
        StyleRequest request = new StyleRequest(photo, List.of(StyleInput.of(Picture.blank(4, 4))), 32, ColorPreservation.NONE, 0.5);
        Picture finished = Finishing.finish(painted, request);
        assertThat(finished.alpha()).hasSize(32 * 16);
        assertThat(finished.alpha()[16 * 32 - 1]).isEqualTo(255f);
        assertThat(finished.alpha()[0]).isZero();
    }

    @Test
    void pngKeepsTheAlphaAndJpegWritesTheColours() throws IOException {
        Picture photo = ImageReader.read(writePng(halfTransparent(8, 4), dir.resolve("a.png")));
        Path png = dir.resolve("out.png");
        ImageWriter.write(photo, png, false);
        BufferedImage back = ImageIO.read(png.toFile());
        assertThat(back.getColorModel().hasAlpha()).isTrue();
        assertThat(back.getRGB(0, 0) >>> 24).isZero();
        assertThat(back.getRGB(7, 3)).isEqualTo(0xFF0000FF);
        assertThat(ImageIO.read(new ByteArrayInputStream(ImageWriter.encode(photo, "png"))).getRGB(0, 0) >>> 24).isZero();

        Path jpg = dir.resolve("out.jpg");
        ImageWriter.write(photo, jpg, false);
        assertThat(ImageReader.read(jpg).alpha()).isNull();
        assertThat(ImageReader.read(jpg).width()).isEqualTo(8);
    }
}
