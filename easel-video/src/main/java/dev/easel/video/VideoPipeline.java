package dev.easel.video;

import dev.easel.EaselException;
import dev.easel.InvalidSettingException;
import dev.easel.SettingChecks;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Stylizes a video frame by frame through any {@link Stylizer}: decode, stylize, smooth over time, measure
 * flicker, encode; audio passes through. Decoding runs ahead and encoding behind on threads of their own, so both
 * overlap the stylizer's work; a few frames are in memory at a time (the queues, plus the previous input and output
 * kept for the flicker figure and smoothing), so the length of the video does not matter.
 */
public final class VideoPipeline {
    /** Chunks waiting between the decoder, the stylizer and the encoder: one each overlaps them, and few frames stay in memory. */
    private static final int QUEUED = 1;

    /**
     * @param startSeconds    where to begin in the input
     * @param durationSeconds how much to do; 0 or less for the rest of the video
     * @param temporal        {@link TemporalSmoother} strength, 0 for none
     * @param replace         overwrite an existing output
     * @throws InvalidSettingException naming {@link #START}, {@link #DURATION} or {@link TemporalSmoother#STRENGTH}
     */
    public record Settings(double startSeconds, double durationSeconds, double temporal, boolean replace) {
        /** The settings' names in messages (front ends put their own names in front of the rule). */
        public static final String START = "start";
        public static final String DURATION = "duration";

        public Settings {
            SettingChecks.nonNegative(START, startSeconds);
            if (Double.isNaN(durationSeconds) || Double.isInfinite(durationSeconds)) {
                throw new InvalidSettingException(DURATION, "must be a finite number of seconds, got " + durationSeconds);
            }
            TemporalSmoother.checkStrength(temporal); // here too, so a bad value fails before any work
        }

        public static Settings whole(double temporal) {
            return new Settings(0, 0, temporal, false);
        }
    }

    /**
     * Told once before the first frame (done = 0) and after every frame written, with an estimate of how many there
     * will be; after the first, from the encoder's thread.
     */
    @FunctionalInterface
    public interface FrameListener {
        FrameListener NONE = (done, expected) -> { };

        void onFrame(long done, long expected);
    }

    /** Refuses an output size before the encoder opens (too small, or over a memory budget). */
    @FunctionalInterface
    public interface SizeCheck {
        SizeCheck NONE = (width, height) -> { };

        void check(int width, int height);
    }

    private final Stylizer stylizer;
    private final Function<Picture, StyleRequest> requests;
    private final SizeCheck sizeCheck;

    /**
     * @param stylizer  loaded once, used for every frame
     * @param requests  the request for one frame (size, styles, colours, strength as for a photo)
     */
    public VideoPipeline(Stylizer stylizer, Function<Picture, StyleRequest> requests) {
        this(stylizer, requests, SizeCheck.NONE);
    }

    /** As above, with the output size checked once the input's is known and before anything is written. */
    public VideoPipeline(Stylizer stylizer, Function<Picture, StyleRequest> requests, SizeCheck sizeCheck) {
        this.stylizer = stylizer;
        this.requests = requests;
        this.sizeCheck = sizeCheck;
    }

    /** Stylizes {@code input} (or the piece of it the settings name) into {@code output}. */
    public VideoResult run(Path input, Path output, Settings settings, FrameListener listener, Cancellation cancellation) {
        VideoWriter.checkWritable(output, settings.replace());
        refuseSameFile(input, output);
        long started = System.nanoTime();
        long stylizing = 0;
        TemporalSmoother smoother = new TemporalSmoother(settings.temporal());
        FlickerMeter meter = new FlickerMeter();
        try (VideoReader reader = VideoReader.open(input, settings.startSeconds(), settings.durationSeconds())) {
            VideoInfo info = reader.info();
            // The requested long side, from a 1x1 stand-in: a blank frame of the video's size would cost megabytes.
            int[] size = StyleRequest.outputSize(info.width(), info.height(), requests.apply(Picture.blank(1, 1)).size());
            sizeCheck.check(size[0], size[1]);
            long expected = reader.expectedFrames();
            try (VideoWriter writer = VideoWriter.open(output, size[0], size[1], info.frameRate(), info.audioChannels(),
                info.sampleRate(), settings.replace());
                 ReadAhead chunks = new ReadAhead(reader::next, QUEUED);
                 WriteBehind encoder = new WriteBehind(QUEUED)) {
                listener.onFrame(0, expected);
                for (Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    cancellation.throwIfCancelled();
                    if (chunk instanceof Chunk.Audio audio) {
                        encoder.submit(() -> {
                            writer.write(audio);
                            audio.samples().close();
                        });
                        continue;
                    }
                    Picture frame = ((Chunk.Image) chunk).picture();
                    long t0 = System.nanoTime();
                    Picture stylized = stylizer.stylize(requests.apply(frame), ProgressListener.NONE, cancellation);
                    stylizing += System.nanoTime() - t0;
                    encoder.submit(() -> {
                        Picture in = Resizer.resize(frame, stylized.width(), stylized.height());
                        Picture out = smoother.smooth(in, stylized);
                        meter.add(in, out);
                        writer.write(out);
                        listener.onFrame(writer.frames(), Math.max(expected, writer.frames()));
                    });
                }
                encoder.finish();
                if (writer.frames() == 0) {
                    throw new EaselException(input + ": no video frames in the requested piece");
                }
                writer.finish();
                double seconds = (System.nanoTime() - started) / 1e9;
                return new VideoResult(writer.frames(), info.frameRate(), writer.width(), writer.height(), info.hasAudio(),
                    seconds, stylizing / 1e9, meter.inputChange(), meter.outputChange());
            }
        }
    }

    private static void refuseSameFile(Path input, Path output) {
        try {
            if (Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output)) {
                throw new EaselException(output + " is the input video; write the result to another file");
            }
        } catch (IOException e) {
            // cannot tell; the writer's own checks still apply
        }
    }
}
