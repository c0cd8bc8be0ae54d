package dev.easel.cli;

import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Option;

/**
 * The {@code --vgg} flag of every command that runs VGG19 (a picocli mixin): stylize, batch, video, the train
 * commands and the benches that load it all find the weights the same way ({@link VggLocator}), so they share one
 * flag and one help text.
 */
public final class VggOption {
    @Option(names = "--vgg", paramLabel = "PATH",
        description = "VGG19 weights: the shared blocks folder or the Keras vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5 (default: $EASEL_VGG, else $EASEL_SHARED/" + VggLocator.SHARED_BLOCKS + ").")
    String path;

    /** The path given, or null for the default. */
    public String path() {
        return path;
    }

    /** The VGG19 the flag names (or the default one) with this pooling. */
    public FeatureNetwork load(Pooling pooling) {
        return VggLocator.load(path, pooling);
    }
}
