package dev.easel.models;

import java.util.Map;

/**
 * The settings an AdaIN model's card must carry for it to be loaded, written by its trainer and read by
 * its loader under the same key.
 *
 * @param encoderLayer the VGG layer the decoder was trained to invert
 */
public record AdainCard(String encoderLayer) {
    static final String ENCODER_LAYER = "encoderLayer";
    /** What cards written before the setting existed were trained on. */
    static final String DEFAULT_ENCODER_LAYER = "relu3_1";

    public AdainCard {
        if (encoderLayer == null || encoderLayer.isBlank()) {
            throw new IllegalArgumentException("an AdaIN model needs an encoder layer");
        }
    }

    public static AdainCard of(ModelCard card) {
        Object layer = card.settings() == null ? null : card.settings().get(ENCODER_LAYER);
        return new AdainCard(layer == null ? DEFAULT_ENCODER_LAYER : layer.toString());
    }

    public void putInto(Map<String, Object> settings) {
        settings.put(ENCODER_LAYER, encoderLayer);
    }
}
