package dev.easel.video;

import dev.easel.image.Picture;

/**
 * Measures temporal flicker: the mean absolute difference between consecutive output frames, relative to
 * the same for the input frames. A stylization that only moves with the picture scores about its own
 * contrast gain (1 to 3 for the shipped networks); texture that boils from frame to frame where the input
 * is still scores far higher. Values are on the 0..255 scale, averaged over pixels, channels and frame pairs.
 */
public final class FlickerMeter {
    private Picture previousInput;
    private Picture previousOutput;
    private double inputSum;
    private double outputSum;
    private long pairs;

    /** Adds one frame: the input at the output's size, and the output as written. */
    public void add(Picture input, Picture output) {
        if (input.width() != output.width() || input.height() != output.height()) {
            throw new IllegalArgumentException("input " + input + " and output " + output + " must be the same size");
        }
        if (previousInput != null) {
            inputSum += meanAbsoluteDifference(previousInput, input);
            outputSum += meanAbsoluteDifference(previousOutput, output);
            pairs++;
        }
        previousInput = input;
        previousOutput = output;
    }

    /** Consecutive frame pairs measured. */
    public long pairs() {
        return pairs;
    }

    /** Mean |input(t) - input(t-1)|, 0..255. */
    public double inputChange() {
        return pairs == 0 ? Double.NaN : inputSum / pairs;
    }

    /** Mean |output(t) - output(t-1)|, 0..255. */
    public double outputChange() {
        return pairs == 0 ? Double.NaN : outputSum / pairs;
    }

    /** Output change over input change: the flicker figure. NaN before two frames or for a still input. */
    public double flicker() {
        return pairs == 0 || inputSum == 0 ? Double.NaN : outputSum / inputSum;
    }

    static double meanAbsoluteDifference(Picture a, Picture b) {
        float[] x = a.data();
        float[] y = b.data();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.abs(clamp(x[i]) - clamp(y[i]));
        }
        return sum / x.length;
    }

    /** What an 8-bit frame holds, so out-of-range network values do not count as change. */
    private static float clamp(float v) {
        return v >= 255f ? 255f : v > 0f ? v : 0f;
    }
}
