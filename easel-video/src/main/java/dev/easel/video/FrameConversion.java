package dev.easel.video;

import dev.easel.image.Picture;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;

/** Copies between FFmpeg's packed 8-bit RGB frames (RGB24) and Easel's planar float pictures. */
final class FrameConversion {
    private FrameConversion() {
    }

    /** A decoded RGB24 frame as a picture; rows may be padded, so the stride is honoured. */
    static Picture toPicture(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        int stride = frame.imageStride;
        ByteBuffer buf = (ByteBuffer) frame.image[0];
        float[] data = new float[3 * w * h];
        int plane = w * h;
        byte[] row = new byte[3 * w];
        for (int y = 0; y < h; y++) {
            buf.get(y * stride, row, 0, row.length);
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                data[p] = row[3 * x] & 0xff;
                data[plane + p] = row[3 * x + 1] & 0xff;
                data[2 * plane + p] = row[3 * x + 2] & 0xff;
            }
        }
        return new Picture(w, h, data);
    }

    /**
     * Fills {@code frame} (RGB24, {@code frame.imageWidth} x {@code frame.imageHeight}) from the top-left of
     * {@code picture}, rounding and clamping to 0..255. The picture may be one pixel larger (the encoder
     * needs even sides and crops the odd column or row).
     */
    static void fill(Frame frame, Picture picture) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        int stride = frame.imageStride;
        ByteBuffer buf = (ByteBuffer) frame.image[0];
        float[] data = picture.data();
        int pw = picture.width();
        int plane = pw * picture.height();
        byte[] row = new byte[3 * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * pw + x;
                row[3 * x] = level(data[p]);
                row[3 * x + 1] = level(data[plane + p]);
                row[3 * x + 2] = level(data[2 * plane + p]);
            }
            buf.put(y * stride, row, 0, row.length);
        }
    }

    private static byte level(float v) {
        return (byte) (v >= 255f ? 255 : v > 0f ? Math.round(v) : 0); // NaN -> 0
    }
}
