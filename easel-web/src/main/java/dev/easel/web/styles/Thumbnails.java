package dev.easel.web.styles;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Small JPEG previews of the gallery's paintings, made on first request and kept (a few KB each). */
public final class Thumbnails {
    public static final int SIDE = 192;

    private final PaintingFolder paintings;
    private final long maxPixels;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public Thumbnails(PaintingFolder paintings, long maxPixels) {
        this.paintings = paintings;
        this.maxPixels = maxPixels;
    }

    public boolean has(String name) {
        return paintings.has(name);
    }

    /** The thumbnail of a listed painting. */
    public byte[] jpeg(String name) {
        return cache.computeIfAbsent(name, n -> encode(paintings.read(n, maxPixels)));
    }

    private static byte[] encode(Picture painting) {
        Picture small = Math.max(painting.width(), painting.height()) > SIDE ? Resizer.fitLongSide(painting, SIDE) : painting;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(ImageReader.toBufferedImage(small), "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
