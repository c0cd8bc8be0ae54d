package dev.easel.models;

import dev.easel.EaselException;
import dev.easel.nets.Architecture;
import dev.easel.nets.Conditioning;

import java.util.Map;

/**
 * The settings a Yanai model's card (the style-vector network, see {@link ArbitraryNetwork#YANAI}) must carry for it to be loaded, written by its trainer
 * and read by its loader under the same keys.
 *
 * @param transformer  the conditional transformer's architecture
 * @param conditioning how the style vector conditions it
 * @param styleVector  the style vector's length
 */
public record YanaiCard(Architecture transformer, Conditioning conditioning, int styleVector) {
    private static final String TRANSFORMER = "transformer";
    private static final String CONDITIONING = "conditioning";
    private static final String STYLE_VECTOR = "styleVector";

    public YanaiCard {
        if (transformer == null || conditioning == null || styleVector < 1) {
            throw new IllegalArgumentException("a style-vector network needs a transformer, a conditioning and a vector length >= 1");
        }
    }

    /** The settings of {@code card}; an EaselException naming the model when they are missing or wrong. */
    public static YanaiCard of(ModelCard card) {
        try {
            Map<String, Object> s = card.settings();
            return new YanaiCard(Architecture.named(String.valueOf(s.get(TRANSFORMER))),
                Conditioning.named(String.valueOf(s.get(CONDITIONING))), ((Number) s.get(STYLE_VECTOR)).intValue());
        } catch (RuntimeException e) {
            throw new EaselException("model '" + card.name() + "': its card does not describe a style-vector network ("
                + e.getMessage() + ")");
        }
    }

    public void putInto(Map<String, Object> settings) {
        settings.put(TRANSFORMER, transformer.name());
        settings.put(CONDITIONING, conditioning.id());
        settings.put(STYLE_VECTOR, styleVector);
    }
}
