package dev.easel.video;

import dev.easel.EaselException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Output formats, chosen by the file's extension, with codecs that the bundled (LGPL) FFmpeg build has:
 * H.264 through OpenH264 and AAC for MP4/MOV/MKV, VP8 and Opus for WebM.
 */
enum Container {
    MP4("mp4", "libopenh264", "aac", 0),
    MOV("mov", "libopenh264", "aac", 0),
    MKV("matroska", "libopenh264", "aac", 0),
    WEBM("webm", "libvpx", "libopus", 48000); // Opus encodes at 48 kHz only; the encoder resamples

    static final String SUPPORTED = "supported: .mp4, .m4v, .mov, .mkv, .webm";

    final String format;
    final String videoCodec;
    final String audioCodec;
    /** The audio sample rate this format's codec needs, or 0 to keep the input's. */
    final int fixedSampleRate;

    Container(String format, String videoCodec, String audioCodec, int fixedSampleRate) {
        this.format = format;
        this.videoCodec = videoCodec;
        this.audioCodec = audioCodec;
        this.fixedSampleRate = fixedSampleRate;
    }

    static Container forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mp4") || name.endsWith(".m4v")) {
            return MP4;
        }
        if (name.endsWith(".mov")) {
            return MOV;
        }
        if (name.endsWith(".mkv")) {
            return MKV;
        }
        if (name.endsWith(".webm")) {
            return WEBM;
        }
        throw new EaselException(file + ": unsupported video format (" + SUPPORTED + ")");
    }
}
