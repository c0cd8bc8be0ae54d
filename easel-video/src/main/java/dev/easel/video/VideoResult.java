package dev.easel.video;

/**
 * What a stylized video came to.
 *
 * @param frames          frames written
 * @param frameRate       frames per second of the video (the input's)
 * @param width           output width
 * @param height          output height
 * @param audio           whether the output has an audio stream
 * @param seconds         wall time of the whole run: decoding, stylizing, smoothing, encoding
 * @param stylizeSeconds  the part of it spent in the stylizer
 * @param inputChange     mean |input(t) - input(t-1)| over the frames, 0..255
 * @param outputChange    mean |output(t) - output(t-1)|, 0..255
 */
public record VideoResult(long frames, double frameRate, int width, int height, boolean audio, double seconds,
                          double stylizeSeconds, double inputChange, double outputChange) {
    /** Frames per second processed, end to end. */
    public double fps() {
        return frames / seconds;
    }

    /** Frames per second through the stylizer alone. */
    public double stylizeFps() {
        return frames / stylizeSeconds;
    }

    /** Output change over input change (see {@link FlickerMeter}); NaN for a still or one-frame input. */
    public double flicker() {
        return inputChange > 0 ? outputChange / inputChange : Double.NaN;
    }
}
