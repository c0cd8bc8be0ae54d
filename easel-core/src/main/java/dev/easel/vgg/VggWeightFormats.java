package dev.easel.vgg;

import dev.easel.EaselException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Opens VGG19 weights in whichever of the two supported file formats a path holds. */
final class VggWeightFormats {
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private VggWeightFormats() {
    }

    /**
     * A directory is read as weight shards with a manifest.json ({@link SharedShardsWeightSource}); a
     * {@code .h5}/{@code .hdf5} file, or any file starting with the HDF5 signature, as Keras weights
     * ({@link KerasH5WeightSource}).
     *
     * @throws EaselException when the path does not exist, is neither, or fails the chosen source's checks
     */
    public static VggWeightSource open(Path path) {
        if (path == null) {
            throw new EaselException("No VGG weights path given");
        }
        if (!Files.exists(path)) {
            throw new EaselException("VGG weights " + path + " do not exist");
        }
        if (Files.isDirectory(path)) {
            return SharedShardsWeightSource.open(path);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".h5") || name.endsWith(".hdf5") || startsWithHdf5Signature(path)) {
            return KerasH5WeightSource.open(path);
        }
        throw new EaselException("VGG weights " + path + " are neither a directory with manifest.json nor a Keras"
                + " .h5 file (e.g. vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5)");
    }

    private static boolean startsWithHdf5Signature(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HDF5_SIGNATURE.length), HDF5_SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }
}
