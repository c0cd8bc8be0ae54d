package dev.easel.web.styles;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small JPEG previews of the gallery's paintings, made on first request and kept (a few KB each). A painting
 * that cannot be read has no thumbnail; that is remembered too, so it is not decoded again for every request.
 */
public final class Thumbnails {
    public static final int SIDE = 192;
    private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);
    private static final byte[] UNREADABLE = new byte[0];

    private final PaintingFolder paintings;
    private final long maxPixels;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public Thumbnails(PaintingFolder paintings, long maxPixels) {
        this.paintings = paintings;
        this.maxPixels = maxPixels;
    }

    public PaintingFolder paintings() {
        return paintings;
    }

    public boolean has(String name) {
        return paintings.has(name);
    }

    /** The thumbnail of a listed painting, or empty if its file cannot be read. */
    public Optional<byte[]> jpeg(String name) {
        byte[] jpeg = cache.computeIfAbsent(name, this::make);
        return jpeg == UNREADABLE ? Optional.empty() : Optional.of(jpeg);
    }

    private byte[] make(String name) {
        try {
            return encode(paintings.read(name, maxPixels));
        } catch (RuntimeException e) { // a corrupt or oversized file in the gallery folder: the server's problem, not the request's
            log.warn("painting '{}' cannot be read, so it has no thumbnail: {}", name, e.getMessage());
            return UNREADABLE;
        }
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
