package dev.easel.vgg;

import dev.easel.EaselException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Validation shared by the weight sources: checked access to the VGG19 convolution table of
 * {@link VggLayers}, and finite-value checks.
 */
final class Vgg19Spec {
    /** All 16 VGG19 convolution names in network order. */
    static final List<String> CONV_LAYERS = VggLayers.convolutions();

    private Vgg19Spec() {
    }

    static boolean isConv(String name) {
        return CONV_LAYERS.contains(name);
    }

    static int in(String conv) {
        return VggLayers.inChannels(requireConv(conv));
    }

    static int out(String conv) {
        return VggLayers.outChannels(requireConv(conv));
    }

    private static String requireConv(String conv) {
        if (!isConv(conv)) {
            throw new IllegalArgumentException("not a VGG19 convolution: " + conv);
        }
        return conv;
    }

    /** Returns the given conv names sorted in network order. */
    static List<String> inNetworkOrder(Collection<String> convs) {
        List<String> sorted = new ArrayList<>(convs);
        sorted.sort(Comparator.comparingInt(CONV_LAYERS::indexOf));
        return List.copyOf(sorted);
    }

    /**
     * Throws when {@code values} holds a NaN or an infinity.
     *
     * @param where file the values came from, for the message
     * @param what  e.g. {@code "conv3_1 kernel"}
     * @param dims  the on-disk shape (to report the position of the first bad value), row-major
     */
    static void requireFinite(float[] values, String where, String what, int... dims) {
        for (int k = 0; k < values.length; k++) {
            float v = values[k];
            if (!Float.isFinite(v)) {
                String kind = Float.isNaN(v) ? "NaN" : "infinite";
                throw new EaselException(where + ": " + what + " contains " + kind + " values (first at index "
                        + position(k, dims) + "); the weights file is corrupt");
            }
        }
    }

    private static String position(int flat, int[] dims) {
        if (dims.length == 0) {
            return String.valueOf(flat);
        }
        int[] pos = new int[dims.length];
        for (int d = dims.length - 1; d >= 0; d--) {
            pos[d] = flat % dims[d];
            flat /= dims[d];
        }
        return java.util.Arrays.toString(pos);
    }
}
