package dev.easel.vgg;

import dev.easel.EaselException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * The VGG19 convolution stack (Simonyan & Zisserman 2014, configuration E): 16 3x3 convolutions
 * conv1_1 ... conv5_4 with 64, 128, 256, 512, 512 output channels per block. Shared validation
 * for the weight sources.
 */
final class Vgg19Spec {
    private static final int[] WIDTHS = {64, 128, 256, 512, 512};
    private static final int[] CONVS_PER_BLOCK = {2, 2, 4, 4, 4};

    /** conv name -> {in, out}, in network order. */
    private static final Map<String, int[]> SHAPES;

    /** All 16 VGG19 convolution names in network order. */
    static final List<String> CONV_LAYERS;

    static {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        int in = 3;
        for (int b = 0; b < WIDTHS.length; b++) {
            for (int n = 1; n <= CONVS_PER_BLOCK[b]; n++) {
                shapes.put("conv" + (b + 1) + "_" + n, new int[] {in, WIDTHS[b]});
                in = WIDTHS[b];
            }
        }
        SHAPES = shapes;
        CONV_LAYERS = List.copyOf(shapes.keySet());
    }

    private Vgg19Spec() {
    }

    static boolean isConv(String name) {
        return SHAPES.containsKey(name);
    }

    static int in(String conv) {
        return shape(conv)[0];
    }

    static int out(String conv) {
        return shape(conv)[1];
    }

    private static int[] shape(String conv) {
        int[] s = SHAPES.get(conv);
        if (s == null) {
            throw new IllegalArgumentException("not a VGG19 convolution: " + conv);
        }
        return s;
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
