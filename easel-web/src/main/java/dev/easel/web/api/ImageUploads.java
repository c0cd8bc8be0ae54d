package dev.easel.web.api;

import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageTooLargeException;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import java.util.concurrent.Semaphore;

/**
 * Turns uploaded bytes into a picture: type sniffed from the content (415 when it is no image), size read
 * from the header before any pixel is decoded (413 over the limit, by core's ImageReader), then shrunk to
 * what the job needs so a queued job holds no more pixels than its output.
 */
final class ImageUploads {
    /** Decoding a large photo takes hundreds of MB for a moment; two at a time keeps the peak bounded. */
    private final Semaphore decoders = new Semaphore(2);
    private final long maxPixels;

    ImageUploads(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * Decodes an upload and shrinks it so its long side is at most {@code longSide}.
     *
     * @param label names the upload in messages, e.g. "content (photo.jpg)"
     */
    Picture decode(byte[] bytes, String label, int longSide) {
        if (bytes.length == 0) {
            throw ApiException.badRequest(label + ": the file is empty");
        }
        if (ImageTypes.sniff(bytes) == null) {
            throw ApiException.unsupportedType(label + ": not an image this server reads (JPEG, PNG, WebP, BMP, GIF, TIFF);"
                + " the type is read from the file's content, not its name");
        }
        decoders.acquireUninterruptibly();
        try {
            Picture picture = ImageReader.read(bytes, label, maxPixels);
            return Math.max(picture.width(), picture.height()) > longSide ? Resizer.fitLongSide(picture, longSide) : picture;
        } catch (EaselException e) {
            String m = e.getMessage() == null ? "cannot read the image" : e.getMessage();
            throw e instanceof ImageTooLargeException ? ApiException.tooLarge(m) : ApiException.badRequest(m);
        } catch (RuntimeException e) { // a decoder tripping over a hostile file is still the file's fault
            throw ApiException.badRequest(label + ": cannot read the image (" + e.getClass().getSimpleName() + ")");
        } finally {
            decoders.release();
        }
    }
}
