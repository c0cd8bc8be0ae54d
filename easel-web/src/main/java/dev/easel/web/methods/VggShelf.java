package dev.easel.web.methods;

import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The VGG19 network that Gatys jobs and refined network jobs share: loaded on first use, kept for the
 * next job (jobs run one at a time), closed with the server.
 */
public final class VggShelf implements AutoCloseable {
    private final Path weights = VggLocator.resolve(null);
    private FeatureNetwork network;

    public boolean available() {
        return Files.exists(weights);
    }

    /** Why the network cannot be loaded, for a method's info. */
    public String missingReason() {
        return "VGG19 weights not found at " + weights + " (set EASEL_SHARED or EASEL_VGG)";
    }

    public synchronized FeatureNetwork network() {
        if (network == null) {
            network = VggLocator.load(null, Pooling.MAX);
        }
        return network;
    }

    @Override
    public synchronized void close() {
        if (network != null) {
            network.close();
            network = null;
        }
    }
}
