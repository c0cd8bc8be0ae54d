package dev.easel.video;

import dev.easel.SettingChecks;
import dev.easel.image.Picture;

/**
 * Reduces flicker by blending each stylized frame with the previous output, moved along the motion of the
 * input (Ruder et al.'s idea of following the content, done here after the network instead of inside it):
 * <pre>out = stylized + strength * confidence * (warpedPreviousOutput - stylized)</pre>
 * The motion comes from {@link BlockMatchingFlow} on the input frames. Confidence is 1 where the previous
 * input, moved the same way, matches the current input, and falls to 0 where it differs by
 * {@value #MISMATCH_LEVELS} levels or more (new content, occlusions, a scene cut, a wrong vector), so
 * new content is painted afresh instead of smeared. Strength 0 returns the stylized frame unchanged; values
 * near 1 keep strokes still longer but let them lag behind changes of light.
 */
public final class TemporalSmoother {
    /** The strength's name in messages (front ends put their own name for it in front of the rule). */
    public static final String STRENGTH = "temporal strength";
    /** Mean RGB difference (0..255) at which the previous frame is no longer trusted at a pixel. */
    static final float MISMATCH_LEVELS = 24f;

    private final double strength;
    private Picture previousInput;
    private Picture previousOutput;

    public TemporalSmoother(double strength) {
        this.strength = checkStrength(strength);
    }

    /**
     * The one check of a smoothing strength.
     *
     * @throws dev.easel.InvalidSettingException unless it is between 0 and 1
     */
    public static double checkStrength(double strength) {
        return SettingChecks.fraction(STRENGTH, strength);
    }

    /**
     * The frame to write.
     *
     * @param input    the input frame at the stylized frame's size
     * @param stylized the stylizer's output for it
     */
    public Picture smooth(Picture input, Picture stylized) {
        Picture out = stylized;
        if (strength > 0 && previousInput != null && sameSize(previousInput, input) && sameSize(previousOutput, stylized)) {
            FlowField flow = BlockMatchingFlow.estimate(previousInput, input);
            out = blend(stylized, flow.warp(previousOutput), confidence(input, flow.warp(previousInput)));
        }
        previousInput = input;
        previousOutput = out;
        return out;
    }

    /** Per pixel, 1 where the moved previous input matches the current input, 0 where it is far off. */
    private static float[] confidence(Picture input, Picture warpedInput) {
        int n = input.width() * input.height();
        float[] a = input.data();
        float[] b = warpedInput.data();
        float[] c = new float[n];
        for (int p = 0; p < n; p++) {
            float d = (Math.abs(a[p] - b[p]) + Math.abs(a[n + p] - b[n + p]) + Math.abs(a[2 * n + p] - b[2 * n + p])) / 3;
            c[p] = Math.max(0f, 1f - d / MISMATCH_LEVELS);
        }
        return c;
    }

    private Picture blend(Picture stylized, Picture warpedOutput, float[] confidence) {
        int n = confidence.length;
        float[] s = stylized.data();
        float[] w = warpedOutput.data();
        float[] out = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            float t = (float) strength * confidence[i % n];
            out[i] = s[i] + t * (w[i] - s[i]);
        }
        return new Picture(stylized.width(), stylized.height(), out);
    }

    private static boolean sameSize(Picture a, Picture b) {
        return a.width() == b.width() && a.height() == b.height();
    }
}
