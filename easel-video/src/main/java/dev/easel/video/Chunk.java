package dev.easel.video;

import dev.easel.image.Picture;
import org.bytedeco.javacv.Frame;

/** One item from a video file, in decoding order: a picture or a run of audio samples. */
public sealed interface Chunk {
    /** Presentation time in microseconds from the start of the file. */
    long micros();

    /** A decoded video frame. */
    record Image(Picture picture, long micros) implements Chunk {
    }

    /**
     * Decoded audio samples, passed to the encoder as they are. The frame belongs to the reader and is reused
     * by its next read: write it before reading on.
     */
    record Audio(Frame samples, long micros) implements Chunk {
    }
}
