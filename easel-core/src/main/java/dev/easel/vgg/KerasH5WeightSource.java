package dev.easel.vgg;

import dev.easel.EaselException;
import io.jhdf.HdfFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * VGG19 convolution weights from a Keras HDF5 weights file, typically
 * {@code vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5} as downloaded by Keras.
 *
 * <p>Layout (Keras {@code model.save_weights}): the root attribute {@code layer_names} lists the layers; each
 * layer is a group whose attribute {@code weight_names} names its datasets, either
 * {@code block1_conv1_W_1:0}/{@code block1_conv1_b_1:0} (Keras 1 / the original download) or
 * {@code block1_conv1/kernel:0}/{@code block1_conv1/bias:0} (tf.keras). A whole-model save with the same
 * structure under {@code /model_weights} is accepted too. Kernels are HWIO {@code [3,3,in,out]} and are
 * converted to OIHW; Keras' "caffe" preprocessing (BGR, 0..255, mean subtracted) is Easel's convention, so
 * nothing else changes. Keras layer {@code blockB_convN} becomes Easel layer {@code convB_N}.
 *
 * <p>{@link #open} validates the structure and every layer's shape against VGG19 and computes the file's MD5
 * (logging a warning when it is not the official download's); {@link #load} reads one layer's datasets on
 * demand and rejects NaN or infinite values. The file is opened per call, so no handle stays open.
 */
final class KerasH5WeightSource implements VggWeightSource {
    /** MD5 of Keras' {@code vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5}. */
    public static final String KERAS_VGG19_NOTOP_MD5 = "253f8cb515780f3b799900260a226db6";

    private static final Logger LOG = LoggerFactory.getLogger(KerasH5WeightSource.class);

    private final Path file;
    private final String md5;
    private final Map<String, KerasLayout.LayerRef> layers; // network order
    private final List<String> convLayers;

    private KerasH5WeightSource(Path file, String md5, Map<String, KerasLayout.LayerRef> layers) {
        this.file = file;
        this.md5 = md5;
        this.layers = layers;
        this.convLayers = List.copyOf(layers.keySet());
    }

    /**
     * Opens and validates a Keras VGG19 weights file.
     *
     * @throws EaselException when the file is missing, not HDF5, truncated, not Keras VGG19 weights, or has a
     *                        layer of the wrong shape
     */
    public static KerasH5WeightSource open(Path h5) {
        return open(h5, LOG::warn);
    }

    /** As {@link #open(Path)}, sending warnings (MD5 mismatch) to {@code warnings} instead of the log. */
    static KerasH5WeightSource open(Path h5, Consumer<String> warnings) {
        Path file = h5.toAbsolutePath().normalize();
        String name = h5.toString();
        if (!Files.exists(file)) {
            throw new EaselException("Keras weights file " + name + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new EaselException("Keras weights file " + name + " is not a regular file");
        }
        String md5 = Hdf5Files.md5(file, name);
        Hdf5Files.checkHeader(file, name);

        Map<String, KerasLayout.LayerRef> refs;
        try (HdfFile hdf = new HdfFile(file)) {
            refs = KerasLayout.read(hdf, name);
        } catch (EaselException e) {
            throw e;
        } catch (RuntimeException e) { // jhdf reports damaged files with HdfException and friends
            throw new EaselException(name + " is a damaged HDF5 file and cannot be read: " + e.getMessage()
                    + ". Download it again.", e);
        }

        if (!KERAS_VGG19_NOTOP_MD5.equals(md5)) {
            warnings.accept("Keras weights file " + name + " has MD5 " + md5 + ", expected " + KERAS_VGG19_NOTOP_MD5
                    + " (vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5); loading it anyway, but results may"
                    + " differ from the reference weights");
        }
        return new KerasH5WeightSource(file, md5, refs);
    }

    /** MD5 of the file's bytes, lower-case hex. */
    public String md5() {
        return md5;
    }

    /** The file this source reads. */
    public Path file() {
        return file;
    }

    @Override
    public String description() {
        return "Keras VGG19 weights " + file + " (md5 " + md5 + ")";
    }

    @Override
    public List<String> convLayers() {
        return convLayers;
    }

    @Override
    public ConvLayer load(String convLayer) {
        KerasLayout.LayerRef ref = layers.get(convLayer);
        if (ref == null) {
            throw new EaselException(file + " has no layer " + convLayer + " (it holds "
                    + String.join(", ", convLayers) + ")");
        }
        int in = Vgg19Spec.in(convLayer);
        int out = Vgg19Spec.out(convLayer);
        float[] hwio;
        float[] bias;
        try (HdfFile hdf = new HdfFile(file)) {
            hwio = readFloats(hdf, ref.kernelPath(), ref.kernelDouble(), 9 * in * out, convLayer + " kernel");
            bias = readFloats(hdf, ref.biasPath(), ref.biasDouble(), out, convLayer + " bias");
        } catch (EaselException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EaselException(file + ": cannot read " + convLayer + " (" + ref.kerasName() + "): "
                    + e.getMessage() + "; the file may have been changed or damaged since it was opened", e);
        }
        Vgg19Spec.requireFinite(hwio, file.toString(), convLayer + " kernel", 3, 3, in, out);
        Vgg19Spec.requireFinite(bias, file.toString(), convLayer + " bias", out);
        return new ConvLayer(convLayer, in, out, ConvLayer.hwioToOihw(hwio, in, out), bias);
    }

    @Override
    public String toString() {
        return description();
    }

    private static float[] readFloats(HdfFile hdf, String path, boolean isDouble, int expectedLength, String what) {
        Object data = hdf.getDatasetByPath(path).getDataFlat();
        float[] values;
        if (!isDouble && data instanceof float[] f) {
            values = f;
        } else if (isDouble && data instanceof double[] d) {
            values = new float[d.length];
            for (int k = 0; k < d.length; k++) {
                values[k] = (float) d[k];
            }
        } else {
            throw new IllegalStateException(path + " has unexpected data " + data.getClass().getSimpleName());
        }
        if (values.length != expectedLength) {
            throw new IllegalStateException(what + " has " + values.length + " values, expected " + expectedLength);
        }
        return values;
    }
}
