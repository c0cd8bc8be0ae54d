package dev.easel.video;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * The FFmpeg libraries (bundled by JavaCV for linux-x86_64, so nothing needs installing). FFmpeg logs to the
 * terminal itself; Easel turns that off and reports failures as exceptions, unless asked for details.
 */
public final class Ffmpeg {
    private static volatile boolean verbose;

    private Ffmpeg() {
    }

    /** Lets FFmpeg print its own warnings and errors (for --verbose). */
    public static void verbose(boolean on) {
        verbose = on;
        configure();
    }

    static void configure() {
        avutil.av_log_set_level(verbose ? avutil.AV_LOG_WARNING : avutil.AV_LOG_QUIET);
    }
}
