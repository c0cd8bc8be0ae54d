package dev.easel.models;

import java.util.Arrays;
import java.util.List;

/** The networks of the arbitrary-style method, named as a model card's architecture. */
public enum ArbitraryNetwork {
    /** A decoder of VGG features whose statistics AdaIN replaced (Huang and Belongie 2017). */
    ADAIN,
    /** A style encoder and a conditional transformer painting with its style vector (Yanai 2017). */
    YANAI,
    /** Whitening and colouring with reconstruction decoders (Li et al. 2017). */
    WCT;

    /** The name in model cards and on the command line, e.g. "adain". */
    public String id() {
        return name().toLowerCase();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ArbitraryNetwork::id).toList();
    }

    /** The network named {@code id}, or an IllegalArgumentException listing the known ones. */
    public static ArbitraryNetwork named(String id) {
        for (ArbitraryNetwork n : values()) {
            if (n.id().equals(id)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown arbitrary-style network '" + id + "'; known: " + String.join(", ", ids()));
    }
}
