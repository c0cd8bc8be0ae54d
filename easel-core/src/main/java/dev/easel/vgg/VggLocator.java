package dev.easel.vgg;

import java.nio.file.Path;

/**
 * Finds the VGG19 weights: an explicit path (the CLI's --vgg), else $EASEL_VGG, else the shared
 * blocks 1-3 under $EASEL_SHARED (default ../shared, beside the checkout).
 */
public final class VggLocator {
    public static final String SHARED_BLOCKS = "models/vgg19-imagenet-blocks1-3";

    private VggLocator() {
    }

    public static Path resolve(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String env = System.getenv("EASEL_VGG");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return sharedDirectory().resolve(SHARED_BLOCKS);
    }

    /** The shared data folder: $EASEL_SHARED, default ../shared. */
    public static Path sharedDirectory() {
        String shared = System.getenv("EASEL_SHARED");
        return Path.of(shared == null || shared.isBlank() ? "../shared" : shared);
    }

    /** Loads the network from {@link #resolve}. */
    public static FeatureNetwork load(String explicit, Pooling pooling) {
        return FeatureNetwork.load(VggWeights.open(resolve(explicit)), pooling);
    }
}
