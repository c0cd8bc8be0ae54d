package dev.easel.models;

import java.util.Arrays;
import java.util.List;

/** The stylization method a trained model serves, as its card names it. */
public enum Method {
    /** One feed-forward network per style (Johnson et al.). */
    REALTIME,
    /** One network, many styles by conditional instance norm (Dumoulin; Yanai). */
    MULTI,
    /** Any painting in one pass: see {@link ArbitraryNetwork} for the networks. */
    ARBITRARY;

    /** The name in model cards and on the command line, e.g. "realtime". */
    public String id() {
        return name().toLowerCase();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Method::id).toList();
    }
}
