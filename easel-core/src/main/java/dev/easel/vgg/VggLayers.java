package dev.easel.vgg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The names of VGG19's layers in network order: conv, relu and pool layers, as the papers name them. */
final class VggLayers {
    /** Convolutions per block in VGG19. */
    private static final int[] CONVS_PER_BLOCK = {2, 2, 4, 4, 4};
    /** Output channels per block in VGG19. */
    private static final int[] CHANNELS = {64, 128, 256, 512, 512};

    public static final List<String> ALL = Collections.unmodifiableList(buildNames());

    private VggLayers() {
    }

    private static List<String> buildNames() {
        List<String> names = new ArrayList<>();
        for (int b = 1; b <= 5; b++) {
            for (int c = 1; c <= CONVS_PER_BLOCK[b - 1]; c++) {
                names.add("conv" + b + "_" + c);
                names.add("relu" + b + "_" + c);
            }
            names.add("pool" + b);
        }
        return names;
    }

    /** All VGG19 convolution names in order (conv1_1 … conv5_4). */
    public static List<String> convolutions() {
        return ALL.stream().filter(n -> n.startsWith("conv")).toList();
    }

    /** Output channels of VGG19's convolution {@code convB_N}. */
    public static int outChannels(String conv) {
        return CHANNELS[block(conv) - 1];
    }

    /** Input channels of VGG19's convolution {@code convB_N}. */
    public static int inChannels(String conv) {
        int block = block(conv);
        boolean first = conv.endsWith("_1");
        if (!first) {
            return CHANNELS[block - 1];
        }
        return block == 1 ? 3 : CHANNELS[block - 2];
    }

    public static boolean isKnown(String layer) {
        return ALL.contains(layer);
    }

    public static int index(String layer) {
        return ALL.indexOf(layer);
    }

    private static int block(String layer) {
        return layer.charAt(layer.length() - (layer.startsWith("pool") ? 1 : 3)) - '0';
    }
}
