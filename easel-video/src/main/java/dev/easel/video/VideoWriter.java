package dev.easel.video;

import dev.easel.EaselException;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.io.AtomicFiles;
import dev.easel.io.WriteFailures;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

import java.io.IOException;
import java.nio.Buffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Encodes pictures (and audio samples passed through from a {@link VideoReader}) into a video file at a
 * constant frame rate. The file is written under a hidden temporary name beside the output and renamed into
 * place by {@link #finish()}, so an interrupted run never leaves a half-written video under the final name.
 */
public final class VideoWriter implements AutoCloseable {
    /** Bits per pixel per frame: plenty for H.264 on busy, painted textures. */
    private static final double BITS_PER_PIXEL = 0.3;

    private final Path output;
    private final Path temp;
    private final Container container;
    private final boolean replace;
    private final FFmpegFrameRecorder recorder;
    private final Frame frame;
    private boolean started;
    private boolean closed;
    /** Ctrl-C ends the JVM without running close(): this removes the partial file then. */
    private final Thread cleanUpOnExit;
    private long frames;

    private VideoWriter(Path output, Path temp, Container container, boolean replace, FFmpegFrameRecorder recorder, Frame frame) {
        this.output = output;
        this.temp = temp;
        this.container = container;
        this.replace = replace;
        this.recorder = recorder;
        this.frame = frame;
        this.cleanUpOnExit = new Thread(() -> deleteQuietly(temp));
    }

    /**
     * Starts a video of {@code width} x {@code height} (rounded down to even sides, as H.264's colour
     * subsampling needs) at {@code frameRate}, with an audio stream when {@code audioChannels > 0}.
     *
     * @param replace overwrite an existing output; without it an existing file is an error, checked now and
     *                again at the final rename
     */
    public static VideoWriter open(Path output, int width, int height, double frameRate, int audioChannels, int sampleRate,
                                   boolean replace) {
        Container container = Container.forFile(output);
        checkWritable(output, replace);
        Ffmpeg.configure();
        int w = Math.max(2, width & ~1);
        int h = Math.max(2, height & ~1);
        Path folder = output.toAbsolutePath().getParent();
        Path temp;
        try {
            Files.createDirectories(folder);
            temp = AtomicFiles.createTemp(folder, output.getFileName().toString());
        } catch (IOException e) {
            throw new EaselException(output + ": cannot write video: " + WriteFailures.describe(e), e);
        }
        VideoWriter writer;
        try { // until the writer and its shutdown hook exist, nothing else would delete the temporary file
            FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(temp.toFile(), w, h, Math.max(0, audioChannels));
            recorder.setFormat(container.format); // the temporary name's extension says nothing
            recorder.setVideoCodecName(container.videoCodec);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(frameRate);
            recorder.setVideoBitrate((int) Math.min(50_000_000, Math.max(500_000, BITS_PER_PIXEL * w * h * frameRate)));
            if (audioChannels > 0) {
                recorder.setAudioCodecName(container.audioCodec);
                recorder.setSampleRate(container.fixedSampleRate > 0 ? container.fixedSampleRate : sampleRate);
                recorder.setAudioBitrate(160_000);
            }
            writer = new VideoWriter(output, temp, container, replace, recorder, new Frame(w, h, Frame.DEPTH_UBYTE, 3));
            Runtime.getRuntime().addShutdownHook(writer.cleanUpOnExit);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
        try {
            writer.recorder.start();
            writer.started = true;
            return writer;
        } catch (FrameRecorder.Exception | RuntimeException e) {
            writer.close();
            throw WrittenVideo.diskFull(e) ? new EaselException(output + ": cannot write video: the disk is full (no space left on device)", e)
                : new EaselException(output + ": cannot start the " + container.videoCodec + " encoder (" + e.getMessage() + ")", e);
        }
    }

    /** Fails if {@code output} names no video file this writer can write: a folder, or an unknown extension. */
    public static void checkOutputName(Path output) {
        if (Files.isDirectory(output)) {
            throw new EaselException(output + ": is a directory; give a file name such as " + output.resolve("out.mp4"));
        }
        Container.forFile(output);
    }

    /** Fails before any work is done if the output exists and may not be replaced. */
    public static void checkWritable(Path output, boolean replace) {
        checkOutputName(output);
        if (!replace && Files.exists(output)) {
            throw new EaselException(output + " already exists; use --force to overwrite");
        }
    }

    public int width() {
        return frame.imageWidth;
    }

    public int height() {
        return frame.imageHeight;
    }

    /** Frames written so far. */
    public long frames() {
        return frames;
    }

    /**
     * Appends one frame. A picture one pixel wider or taller (an odd side rounded down) loses that column or
     * row; one of another size is resized to the video's.
     */
    public void write(Picture picture) {
        int extraX = picture.width() - width();
        int extraY = picture.height() - height();
        boolean fits = extraX >= 0 && extraX <= 1 && extraY >= 0 && extraY <= 1;
        FrameConversion.fill(frame, fits ? picture : Resizer.resize(picture, width(), height()));
        try {
            recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
            frames++;
        } catch (FrameRecorder.Exception e) {
            throw WrittenVideo.diskFull(e) ? new EaselException(output + ": cannot write video: the disk is full (no space left on device)", e)
                : new EaselException(output + ": encoding failed (" + e.getMessage() + ")", e);
        }
    }

    /** Appends audio samples as decoded by a {@link VideoReader}; ignored when the video has no audio stream. */
    public void write(Chunk.Audio audio) {
        Frame samples = audio.samples();
        writeSamples(samples.sampleRate, samples.audioChannels, samples.samples);
    }

    /**
     * Appends audio samples (one buffer per channel for planar formats, else one interleaved buffer); the
     * encoder converts their format and rate. Ignored when the video has no audio stream.
     */
    public void writeSamples(int sampleRate, int channels, Buffer... samples) {
        if (recorder.getAudioChannels() <= 0) {
            return;
        }
        try {
            recorder.recordSamples(sampleRate, channels, samples);
        } catch (FrameRecorder.Exception e) {
            throw new EaselException(output + ": audio encoding failed (" + e.getMessage() + ")", e);
        }
    }

    /** Flushes the encoders, closes the file, checks it holds every frame, and renames it into place. */
    public void finish() {
        try {
            recorder.stop();
            recorder.release();
            started = false;
            WrittenVideo.check(temp, container.format, frames, output); // a full disk is not reported by the encoder
            moveIntoPlace();
        } catch (FrameRecorder.Exception e) {
            throw new EaselException(output + ": cannot finish the video (" + e.getMessage() + ")", e);
        } catch (FileAlreadyExistsException e) {
            throw new EaselException(output + " already exists; use --force to overwrite", e);
        } catch (IOException e) {
            throw new EaselException(output + ": cannot write video: " + WriteFailures.describe(e), e);
        } finally {
            close();
        }
    }

    /** Without replace, the name is claimed only if still free (checked again here, not only at open). */
    private void moveIntoPlace() throws IOException {
        if (replace) {
            AtomicFiles.moveReplacing(temp, output);
        } else {
            AtomicFiles.moveNoClobber(temp, output); // close() deletes the temporary name
        }
    }

    /** Releases the encoder; without a successful {@link #finish()} the partial file is deleted. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (started) {
            try {
                recorder.release();
            } catch (FrameRecorder.Exception | RuntimeException ignored) {
                // the partial file is deleted below either way
            }
            started = false;
        }
        deleteQuietly(temp);
        frame.close();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUpOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing left to do
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a stray hidden .tmp file is harmless
        }
    }
}
