package dev.easel.video;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * Generated test videos, so tests, benchmarks and docs need no video files: a moving pattern, or a slow pan
 * across a photo, optionally with a 440 Hz tone as the audio stream.
 */
public final class SyntheticClip {
    public static final int TONE_SAMPLE_RATE = 44_100;
    public static final double TONE_HZ = 440;

    private SyntheticClip() {
    }

    /** Encodes {@code frames} pictures from {@code frame} at {@code fps} into {@code output}, with a mono tone if asked. */
    public static void write(Path output, double fps, int frames, IntFunction<Picture> frame, boolean tone) {
        Picture first = frame.apply(0);
        try (VideoWriter writer = VideoWriter.open(output, first.width(), first.height(), fps, tone ? 1 : 0, TONE_SAMPLE_RATE, false)) {
            long samplesWritten = 0;
            for (int i = 0; i < frames; i++) {
                writer.write(i == 0 ? first : frame.apply(i));
                if (tone) {
                    long until = Math.round((i + 1) * TONE_SAMPLE_RATE / fps);
                    writer.writeSamples(TONE_SAMPLE_RATE, 1, tone(samplesWritten, (int) (until - samplesWritten)));
                    samplesWritten = until;
                }
            }
            writer.finish();
        }
    }

    /** A still, colourful background with a checkered square crossing it and a disc circling: motion and still areas. */
    public static IntFunction<Picture> movingPattern(int width, int height) {
        return i -> {
            float[] d = new float[3 * width * height];
            int plane = width * height;
            int side = Math.max(4, height / 3);
            int sx = Math.floorMod(i * Math.max(1, width / 40), width + side) - side;
            int sy = (height - side) / 2;
            double cx = width / 2.0 + width / 4.0 * Math.cos(i * 0.2);
            double cy = height / 2.0 + height / 4.0 * Math.sin(i * 0.2);
            double r = height / 8.0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int p = y * width + x;
                    float red = (float) (128 + 90 * Math.sin(x * 6.0 / width));
                    float green = (float) (128 + 90 * Math.sin(y * 5.0 / height + 1));
                    float blue = (float) (128 + 60 * Math.cos((x + y) * 4.0 / (width + height)));
                    if (x >= sx && x < sx + side && y >= sy && y < sy + side) {
                        float v = (((x - sx) * 4 / side) + ((y - sy) * 4 / side)) % 2 == 0 ? 235 : 20;
                        red = green = blue = v;
                    } else if ((x - cx) * (x - cx) + (y - cy) * (y - cy) < r * r) {
                        red = 240;
                        green = 200;
                        blue = 30;
                    }
                    d[p] = red;
                    d[plane + p] = green;
                    d[2 * plane + p] = blue;
                }
            }
            return new Picture(width, height, d);
        };
    }

    /**
     * A camera panning left to right across {@code photo} in {@code frames} frames of {@code width} x
     * {@code height}, whole pixels per frame: real picture statistics with known motion.
     */
    public static IntFunction<Picture> panAcross(Picture photo, int width, int height, int frames) {
        // Scaled so the frame height is 10% inside the photo and there is room to pan 2 px per frame or more.
        double scale = Math.max(1.1 * height / photo.height(), (width + 2.0 * frames) / photo.width());
        Picture scaled = Resizer.resize(photo, (int) Math.ceil(photo.width() * scale), (int) Math.ceil(photo.height() * scale));
        int travel = scaled.width() - width;
        int top = (scaled.height() - height) / 2;
        return i -> {
            int x0 = frames <= 1 ? 0 : (int) Math.round((double) i * travel / (frames - 1));
            Picture out = Picture.blank(width, height);
            dev.easel.image.Pictures.paste(scaled, x0, top, width, height, out, 0, 0);
            return out;
        };
    }

    /** {@code count} samples of the tone starting at sample {@code from}, 16-bit, at half volume. */
    private static ShortBuffer tone(long from, int count) {
        short[] s = new short[count];
        for (int k = 0; k < count; k++) {
            s[k] = (short) (0.5 * Short.MAX_VALUE * Math.sin(2 * Math.PI * TONE_HZ * (from + k) / TONE_SAMPLE_RATE));
        }
        return ShortBuffer.wrap(s);
    }
}
