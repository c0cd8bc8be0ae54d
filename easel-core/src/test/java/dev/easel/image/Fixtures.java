package dev.easel.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Builds test images in memory, so no binary fixtures need to be committed. */
final class Fixtures {
    private Fixtures() {
    }

    /** A smooth gradient: survives JPEG compression with small errors. */
    static Picture gradient(int w, int h) {
        Picture p = Picture.blank(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                p.set(0, x, y, Math.round(255f * x / (w - 1)));
                p.set(1, x, y, Math.round(255f * y / (h - 1)));
                p.set(2, x, y, 100);
            }
        }
        return p;
    }

    /** A grey 1-pixel checkerboard: {@code even} where x + y is even, {@code odd} elsewhere, in every channel. */
    static Picture checkerboard(int w, int h, float even, float odd) {
        Picture p = Picture.blank(w, h);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    p.set(c, x, y, (x + y) % 2 == 0 ? even : odd);
                }
            }
        }
        return p;
    }

    static Picture constant(int w, int h, float r, float g, float b) {
        Picture p = Picture.blank(w, h);
        float[] d = p.data();
        int plane = w * h;
        java.util.Arrays.fill(d, 0, plane, r);
        java.util.Arrays.fill(d, plane, 2 * plane, g);
        java.util.Arrays.fill(d, 2 * plane, 3 * plane, b);
        return p;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    static byte[] encodeUnchecked(Picture p, String format) {
        try {
            return encode(ImageReader.toBufferedImage(p), format);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] jpeg(Picture p) throws IOException {
        return encode(ImageReader.toBufferedImage(p), "jpeg");
    }

    /** Inserts a marker segment (marker, then payload) right after SOI and any JFIF APP0. */
    static byte[] insertSegment(byte[] jpeg, int marker, byte[] payload) {
        int pos = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            pos = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, pos);
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, pos, jpeg.length - pos);
        return out.toByteArray();
    }

    /** A big-endian EXIF APP1 payload whose IFD0 holds just the orientation tag. */
    static byte[] exifOrientation(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4);
        b.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // TIFF header, IFD0 at 8
        b.putShort((short) 1); // one entry
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0); // no next IFD
        return b.array();
    }

    /** A 4-channel JPEG with an Adobe APP14 marker (transform 0), i.e. CMYK stored inverted as Adobe does. */
    static byte[] cmykJpeg(Raster cmykInverted) throws IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(cmykInverted, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        return insertSegment(out.toByteArray(), 0xEE, adobe);
    }

    /** A PNG whose IHDR claims the given size; the (tiny) pixel data does not matter. */
    static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[16]);
        deflater.finish();
        byte[] buf = new byte[64];
        int n = deflater.deflate(buf);
        chunk(out, "IDAT", java.util.Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static double meanAbsDiff(Picture a, Picture b) {
        double sum = 0;
        for (int i = 0; i < a.data().length; i++) {
            sum += Math.abs(a.data()[i] - b.data()[i]);
        }
        return sum / a.data().length;
    }
}
