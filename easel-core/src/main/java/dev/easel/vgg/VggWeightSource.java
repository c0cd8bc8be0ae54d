package dev.easel.vgg;

import java.util.List;

/**
 * Where VGG19 convolution weights come from: the shared shards (blocks 1-3) or a full Keras h5 file.
 * All sources deliver the same preprocessing convention (BGR, 0..255, ImageNet mean subtracted).
 */
interface VggWeightSource {
    /** Human-readable origin, e.g. the path, for messages and model cards. */
    String description();

    /** Convolution layers this source holds, in network order (conv1_1, conv1_2, ...). */
    List<String> convLayers();

    /** Loads and validates one layer (shapes, finite values). */
    ConvLayer load(String convLayer);
}
