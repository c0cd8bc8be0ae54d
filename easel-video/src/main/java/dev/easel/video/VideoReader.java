package dev.easel.video;

import dev.easel.EaselException;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a video file frame by frame (and its audio, if any), optionally only a piece of it. Frames stream
 * through memory one at a time; nothing is written to disk.
 */
public final class VideoReader implements AutoCloseable {
    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final VideoInfo info;
    private final long startMicros;
    private final long endMicros;
    private boolean videoDone;
    private boolean audioDone;

    private VideoReader(Path file, FFmpegFrameGrabber grabber, VideoInfo info, long startMicros, long endMicros) {
        this.file = file;
        this.grabber = grabber;
        this.info = info;
        this.startMicros = startMicros;
        this.endMicros = endMicros;
        this.audioDone = !info.hasAudio();
    }

    /** Opens the whole file. */
    public static VideoReader open(Path file) {
        return open(file, 0, 0);
    }

    /**
     * Opens {@code file} and seeks to {@code startSeconds}; reading stops after {@code durationSeconds}
     * (0 or less: at the end of the file).
     */
    public static VideoReader open(Path file, double startSeconds, double durationSeconds) {
        if (!Files.isRegularFile(file)) {
            throw new EaselException(file + ": " + (Files.isDirectory(file) ? "is a directory, not a video file" : "file not found"));
        }
        Ffmpeg.configure();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            release(grabber);
            throw new EaselException(file + ": not a video FFmpeg can read (" + e.getMessage() + ")", e);
        }
        try {
            if (!grabber.hasVideo() || grabber.getImageWidth() <= 0) {
                throw new EaselException(file + ": has no video stream");
            }
            if (isStillImage(grabber.getFormat())) { // FFmpeg reads a photo as a one-frame video
                throw new EaselException(file + ": is a still image (" + grabber.getFormat() + "), not a video");
            }
            double rate = grabber.getVideoFrameRate() > 0 ? grabber.getVideoFrameRate() : grabber.getFrameRate();
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new EaselException(file + ": the video stream has no frame rate");
            }
            double seconds = grabber.getLengthInTime() / 1e6;
            long frames = grabber.getLengthInVideoFrames() > 0 ? grabber.getLengthInVideoFrames() : Math.round(seconds * rate);
            VideoInfo info = new VideoInfo(grabber.getImageWidth(), grabber.getImageHeight(), rate, frames, seconds,
                grabber.hasAudio() ? grabber.getAudioChannels() : 0, grabber.hasAudio() ? grabber.getSampleRate() : 0);
            long start = Math.round(startSeconds * 1e6);
            if (startSeconds > 0 && startSeconds >= seconds) {
                throw new EaselException(String.format("%s: --start %.2f s is past the end of the video (%.2f s)", file, startSeconds, seconds));
            }
            if (start > 0) {
                grabber.setTimestamp(start); // seeks, then decodes up to the exact frame
            }
            long end = durationSeconds > 0 ? start + Math.round(durationSeconds * 1e6) : Long.MAX_VALUE;
            return new VideoReader(file, grabber, info, start, end);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            release(grabber);
            throw e instanceof EaselException ee ? ee : new EaselException(file + ": cannot read video (" + e.getMessage() + ")", e);
        }
    }

    /** FFmpeg's demuxers for single images: "image2" and the "*_pipe" ones (png_pipe, jpeg_pipe, ...). */
    static boolean isStillImage(String format) {
        return format != null && (format.equals("image2") || format.endsWith("_pipe"));
    }

    /** The whole file's properties (not just the piece being read). */
    public VideoInfo info() {
        return info;
    }

    /** Frames the piece being read will yield (an estimate from the container's duration and frame rate). */
    public long expectedFrames() {
        double from = startMicros / 1e6;
        double to = endMicros == Long.MAX_VALUE ? info.seconds() : Math.min(info.seconds(), endMicros / 1e6);
        long estimate = endMicros == Long.MAX_VALUE && startMicros == 0 ? info.frames() : Math.round((to - from) * info.frameRate());
        return Math.max(1, estimate);
    }

    /**
     * The next picture or audio samples of the piece, in decoding order, or null when it is done.
     *
     * @throws EaselException when the file is damaged in the middle
     */
    public Chunk next() {
        while (!(videoDone && audioDone)) {
            Frame frame;
            try {
                frame = grabber.grab();
            } catch (FrameGrabber.Exception e) {
                throw new EaselException(file + ": video data is corrupt (" + e.getMessage() + ")", e);
            }
            if (frame == null) {
                return null;
            }
            // Seeking may hand back samples from just before the start; the piece begins at the start.
            if (startMicros > 0 && frame.timestamp < startMicros - 1000) {
                continue;
            }
            boolean past = frame.timestamp >= endMicros;
            if (frame.image != null) {
                videoDone |= past;
                if (!past) {
                    return new Chunk.Image(FrameConversion.toPicture(frame), frame.timestamp);
                }
            } else if (frame.samples != null) {
                audioDone |= past;
                if (!past) {
                    return new Chunk.Audio(frame, frame.timestamp);
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        release(grabber);
    }

    private static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // nothing more to free
        }
    }
}
