package dev.easel.models;

import dev.easel.InvalidSettingException;

import java.util.Arrays;
import java.util.List;

/** The networks of the arbitrary-style method, named as a model card's architecture. */
public enum ArbitraryNetwork {
    /** A decoder of VGG features whose statistics AdaIN replaced (Huang and Belongie 2017). */
    ADAIN,
    /**
     * Yanai's network (2017): a style encoder turns the painting into a style vector, and a conditional
     * transformer paints with it. Its classes are named after the id (YanaiNet, YanaiModel, YanaiTrainer), as
     * AdaIN's and WCT's are; "style vector" names the part inside it.
     */
    YANAI,
    /** Whitening and colouring with reconstruction decoders (Li et al. 2017). */
    WCT,
    /**
     * An AdaIN decoder given style swap's features (Chen and Schmidt 2016): each patch of the photo's features
     * replaced by the painting's most similar one.
     */
    SWAP;

    /** The setting's name in an {@link InvalidSettingException}. */
    public static final String SETTING = "the arbitrary-style network";

    /** The name in model cards and on the command line, e.g. "adain". */
    public String id() {
        return name().toLowerCase();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ArbitraryNetwork::id).toList();
    }

    /** The network named {@code id}; an {@link InvalidSettingException} naming the known ones for another name. */
    public static ArbitraryNetwork named(String id) {
        for (ArbitraryNetwork n : values()) {
            if (n.id().equals(id)) {
                return n;
            }
        }
        List<String> ids = ids();
        throw new InvalidSettingException(SETTING, "is " + String.join(", ", ids.subList(0, ids.size() - 1)) + " or "
            + ids.get(ids.size() - 1) + ", not '" + id + "'");
    }
}
