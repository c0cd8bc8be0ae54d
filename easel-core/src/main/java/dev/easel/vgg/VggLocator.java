package dev.easel.vgg;

import dev.easel.Installation;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the VGG19 weights: an explicit path (the CLI's --vgg), else $EASEL_VGG, else the shared
 * blocks 1-3 in the {@link #sharedDirectory() shared data}.
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

    /**
     * The shared data folder: $EASEL_SHARED, else the system property easel.shared, else {@code shared} beside the
     * {@link Installation}, else ../shared from the working folder.
     */
    public static Path sharedDirectory() {
        String shared = System.getenv("EASEL_SHARED");
        if (shared == null || shared.isBlank()) {
            shared = System.getProperty("easel.shared");
        }
        if (shared != null && !shared.isBlank()) {
            return Path.of(shared);
        }
        return Installation.root().map(r -> r.resolveSibling("shared")).filter(Files::isDirectory).orElse(Path.of("../shared"));
    }

    /** Loads the network from {@link #resolve}. */
    public static FeatureNetwork load(String explicit, Pooling pooling) {
        return FeatureNetwork.load(VggWeightFormats.open(resolve(explicit)), pooling);
    }
}
