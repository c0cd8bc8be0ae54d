package dev.easel.video;

import dev.easel.EaselException;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a finished video file before it takes the output's name. FFmpeg's muxers buffer what they write and
 * JavaCV ignores the error of the final flush, so a full disk ends in a short, unplayable file and no exception;
 * reading the file back (packets only, no decoding: milliseconds) is what tells.
 */
final class WrittenVideo {
    /** Below this much free space a short file is put down to a full disk. */
    private static final long NEARLY_FULL_BYTES = 1 << 20;

    private WrittenVideo() {
    }

    /**
     * @param file   the file as written (its name may say nothing of its format)
     * @param format the FFmpeg format it was written in
     * @param frames the video frames that were written
     * @param output the name to report problems under
     * @throws EaselException if the file cannot be opened or holds fewer video frames than were written
     */
    static void check(Path file, String format, long frames, Path output) {
        long found;
        try {
            found = countVideoPackets(file, format);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw incomplete(file, output, "it cannot be read back: " + e.getMessage(), e);
        }
        if (found < frames) {
            throw incomplete(file, output, "it holds " + found + " of the " + frames + " frames written", null);
        }
    }

    private static long countVideoPackets(Path file, String format) throws FrameGrabber.Exception {
        Ffmpeg.configure();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setFormat(format);
            grabber.start();
            int video = grabber.getVideoStream();
            long count = 0;
            for (AVPacket p = grabber.grabPacket(); p != null; p = grabber.grabPacket()) {
                if (p.stream_index() == video) {
                    count++;
                }
                org.bytedeco.ffmpeg.global.avcodec.av_packet_unref(p);
            }
            return count;
        }
    }

    /** FFmpeg reports a full disk as "error -28" (ENOSPC) where it reports it at all. */
    static boolean diskFull(Exception e) {
        return e.getMessage() != null && e.getMessage().contains("error -28");
    }

    private static EaselException incomplete(Path file, Path output, String detail, Exception cause) {
        long free;
        try {
            free = Files.getFileStore(file).getUsableSpace();
        } catch (IOException e) {
            free = Long.MAX_VALUE;
        }
        String why = free < NEARLY_FULL_BYTES ? "the disk is full (no space left on device)" : "the file written is incomplete (" + detail + ")";
        return new EaselException(output + ": cannot write video: " + why, cause);
    }
}
