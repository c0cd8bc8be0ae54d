package dev.easel.video;

import dev.easel.image.Picture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a reader yields for a video file or a piece of one: its properties, its frames and how long its
 * audio lasts. Public for the CLI's video tests.
 */
public record VideoContents(VideoInfo info, List<Picture> frames, double audioSeconds) {
    /** The whole file. */
    public static VideoContents of(Path file) {
        return of(file, 0, 0);
    }

    /** The piece from {@code start} seconds lasting {@code duration} seconds (0: to the end). */
    public static VideoContents of(Path file, double start, double duration) {
        try (VideoReader r = VideoReader.open(file, start, duration)) {
            List<Picture> frames = new ArrayList<>();
            double audio = 0;
            for (Chunk c = r.next(); c != null; c = r.next()) {
                if (c instanceof Chunk.Image i) {
                    frames.add(i.picture());
                } else {
                    var f = ((Chunk.Audio) c).samples();
                    audio += (double) f.samples[0].limit() / (f.samples.length == 1 ? f.audioChannels : 1) / f.sampleRate;
                }
            }
            return new VideoContents(r.info(), frames, audio);
        }
    }
}
