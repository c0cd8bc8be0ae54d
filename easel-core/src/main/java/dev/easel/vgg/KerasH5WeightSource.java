package dev.easel.vgg;

import dev.easel.EaselException;
import io.jhdf.HdfFile;
import io.jhdf.Superblock;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
public final class KerasH5WeightSource implements VggWeightSource {
    /** MD5 of Keras' {@code vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5}. */
    public static final String KERAS_VGG19_NOTOP_MD5 = "253f8cb515780f3b799900260a226db6";

    private static final Logger LOG = LoggerFactory.getLogger(KerasH5WeightSource.class);
    private static final Pattern KERAS_CONV = Pattern.compile("block(\\d+)_conv(\\d+)");
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    /** Where one layer's two datasets live inside the file. */
    private record LayerRef(String conv, String kerasName, String kernelPath, String biasPath, boolean kernelDouble,
                            boolean biasDouble) {
    }

    private final Path file;
    private final String md5;
    private final Map<String, LayerRef> layers; // network order
    private final List<String> convLayers;

    private KerasH5WeightSource(Path file, String md5, Map<String, LayerRef> layers) {
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
        String md5 = md5(file, name);
        checkHdf5Header(file, name);

        Map<String, LayerRef> refs;
        try (HdfFile hdf = new HdfFile(file)) {
            refs = readStructure(hdf, name);
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
    public ConvWeights load(String convLayer) {
        LayerRef ref = layers.get(convLayer);
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
        return new ConvWeights(convLayer, in, out, ConvWeights.hwioToOihw(hwio, in, out), bias);
    }

    @Override
    public String toString() {
        return description();
    }

    // ---------------------------------------------------------------- open-time checks

    private static String md5(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            throw new EaselException("Keras weights file " + name + " does not exist", e);
        } catch (IOException e) {
            throw new EaselException("Cannot read Keras weights file " + name + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JVM without MD5", e);
        }
    }

    /** Rejects files without an HDF5 signature and files shorter than their superblock says. */
    private static void checkHdf5Header(Path file, String name) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long at = signatureOffset(ch, size);
            if (at < 0) {
                throw new EaselException(name + " is not an HDF5 file (no HDF5 signature found); expected Keras"
                        + " weights such as vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5");
            }
            if (size - at < 56) { // the end-of-file field lies within the first 56 bytes of every superblock
                throw new EaselException(name + " is truncated: it has only " + size + " bytes, less than an HDF5"
                        + " header (incomplete download?); download it again");
            }
            Superblock superblock;
            try {
                superblock = Superblock.readSuperblock(ch, at);
            } catch (RuntimeException e) {
                throw new EaselException(name + " is a damaged HDF5 file: its superblock cannot be read: "
                        + e.getMessage(), e);
            }
            long expected = superblock.getBaseAddressByte() + superblock.getEndOfFileAddress();
            if (expected > size) {
                throw new EaselException(name + " is truncated: the HDF5 header says it has " + expected
                        + " bytes but it has only " + size + " (incomplete download?); download it again");
            }
        } catch (IOException e) {
            throw new EaselException("Cannot read Keras weights file " + name + ": " + e.getMessage(), e);
        }
    }

    /** HDF5 superblocks sit at 0, 512, 1024, 2048, ... (after an optional user block); -1 when absent. */
    private static long signatureOffset(FileChannel ch, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(HDF5_SIGNATURE.length);
        for (long at = 0; at + HDF5_SIGNATURE.length <= size; at = at == 0 ? 512 : at * 2) {
            buf.clear();
            while (buf.hasRemaining() && ch.read(buf, at + buf.position()) > 0) {
                // keep reading
            }
            if (!buf.hasRemaining() && Arrays.equals(buf.array(), HDF5_SIGNATURE)) {
                return at;
            }
        }
        return -1;
    }

    private static Map<String, LayerRef> readStructure(HdfFile hdf, String name) {
        Group root = hdf;
        Attribute layerNamesAttr = hdf.getAttribute("layer_names");
        if (layerNamesAttr == null && hdf.getChild("model_weights") instanceof Group weights) {
            root = weights; // a whole-model save (model.save) keeps the weights here
            layerNamesAttr = weights.getAttribute("layer_names");
        }
        if (layerNamesAttr == null) {
            String hint = hdf.getChild("layers") instanceof Group
                    ? " It looks like a Keras 3 '.weights.h5' file, which is not supported;"
                    + " use the Keras 2 download vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5."
                    : " Expected Keras weights such as vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5.";
            throw new EaselException(name + " is an HDF5 file but not Keras VGG19 weights: it has no"
                    + " 'layer_names' attribute." + hint);
        }
        List<String> layerNames = strings(layerNamesAttr, name, "attribute layer_names");

        Map<String, LayerRef> found = new LinkedHashMap<>();
        for (String kerasName : layerNames) {
            Matcher m = KERAS_CONV.matcher(kerasName);
            if (!m.matches()) {
                continue; // input, pooling, flatten, fc layers: no conv weights
            }
            String conv = "conv" + m.group(1) + "_" + m.group(2);
            if (!Vgg19Spec.isConv(conv)) {
                throw new EaselException(name + " is not VGG19 weights: layer " + kerasName
                        + " does not exist in VGG19 (blocks 1-2 have 2 convolutions, blocks 3-5 have 4)");
            }
            if (found.containsKey(conv)) {
                throw new EaselException(name + " lists layer " + kerasName + " twice in layer_names");
            }
            Node node = root.getChild(kerasName);
            if (!(node instanceof Group group)) {
                throw new EaselException(name + " is not valid Keras VGG19 weights: layer_names lists " + kerasName
                        + " but the file has no group " + root.getPath() + kerasName);
            }
            found.put(conv, locate(group, conv, name));
        }
        if (found.isEmpty()) {
            throw new EaselException(name + " is Keras weights but contains no VGG19 convolution layer"
                    + " (blockB_convN); its layers are " + layerNames);
        }
        Map<String, LayerRef> ordered = new LinkedHashMap<>();
        for (String conv : Vgg19Spec.inNetworkOrder(found.keySet())) {
            ordered.put(conv, found.get(conv));
        }
        return ordered;
    }

    /** Finds the kernel (4-D) and bias (1-D) datasets of one conv group and checks their shapes. */
    private static LayerRef locate(Group group, String conv, String name) {
        String kerasName = group.getName();
        List<Dataset> candidates = new ArrayList<>();
        Attribute weightNames = group.getAttribute("weight_names");
        List<String> missing = new ArrayList<>();
        if (weightNames != null) {
            for (String w : strings(weightNames, name, kerasName + " attribute weight_names")) {
                Node node = child(group, w);
                if (node instanceof Dataset ds) {
                    candidates.add(ds);
                } else {
                    missing.add(w);
                }
            }
        }
        Dataset kernel = single(candidates, 4);
        Dataset bias = single(candidates, 1);
        if (kernel == null || bias == null) { // no or unhelpful weight_names: search the group
            List<Dataset> all = new ArrayList<>();
            collectDatasets(group, all);
            if (kernel == null) {
                kernel = single(all, 4);
            }
            if (bias == null) {
                bias = single(all, 1);
            }
        }
        String where = name + ": layer " + kerasName + " (" + conv + ")";
        String missingNote = missing.isEmpty() ? "" : "; weight_names lists " + missing + " which do not exist";
        if (kernel == null) {
            throw new EaselException(where + " has no unique 4-D kernel dataset" + missingNote);
        }
        if (bias == null) {
            throw new EaselException(where + " has no unique 1-D bias dataset" + missingNote);
        }
        int in = Vgg19Spec.in(conv);
        int out = Vgg19Spec.out(conv);
        checkShape(kernel, new int[] {3, 3, in, out}, where, conv, "kernel", in, out);
        checkShape(bias, new int[] {out}, where, conv, "bias", in, out);
        return new LayerRef(conv, kerasName, kernel.getPath(), bias.getPath(),
                checkType(kernel, where, "kernel"), checkType(bias, where, "bias"));
    }

    private static Node child(Group group, String path) {
        try {
            return group.getByPath(path);
        } catch (RuntimeException e) { // HdfInvalidPathException
            return null;
        }
    }

    private static Dataset single(List<Dataset> datasets, int rank) {
        Dataset match = null;
        for (Dataset ds : datasets) {
            if (ds.getDimensions().length == rank) {
                if (match != null) {
                    return null; // ambiguous
                }
                match = ds;
            }
        }
        return match;
    }

    private static void collectDatasets(Group group, List<Dataset> into) {
        for (Node node : group) {
            if (node instanceof Dataset ds) {
                into.add(ds);
            } else if (node instanceof Group g) {
                collectDatasets(g, into);
            }
        }
    }

    private static void checkShape(Dataset ds, int[] expected, String where, String conv, String what, int in,
                                   int out) {
        int[] actual = ds.getDimensions();
        if (!Arrays.equals(actual, expected)) {
            throw new EaselException(where + " " + what + " has shape " + Arrays.toString(actual) + ", expected "
                    + Arrays.toString(expected) + " (VGG19 " + conv + " maps " + in + " to " + out + " channels;"
                    + " kernels are HWIO [3, 3, in, out])");
        }
    }

    /** True when the dataset is float64, false for float32; anything else is rejected. */
    private static boolean checkType(Dataset ds, String where, String what) {
        Class<?> type = ds.getJavaType();
        if (type == float.class) {
            return false;
        }
        if (type == double.class) {
            return true;
        }
        throw new EaselException(where + " " + what + " has element type " + type.getSimpleName()
                + ", expected float32");
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

    /** Keras writes name lists as fixed-length byte-string arrays; jhdf yields String[] (or one String). */
    private static List<String> strings(Attribute attribute, String name, String what) {
        Object data;
        try {
            data = attribute.getData();
        } catch (RuntimeException e) {
            throw new EaselException(name + ": cannot read " + what + " (" + e.getMessage() + ")", e);
        }
        List<String> out = new ArrayList<>();
        flatten(data, out);
        return out;
    }

    private static void flatten(Object data, List<String> out) {
        if (data == null) {
            return;
        }
        if (data instanceof String s) {
            out.add(s.trim());
        } else if (data instanceof byte[] bytes) {
            out.add(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).trim());
        } else if (data.getClass().isArray()) {
            if (data.getClass().getComponentType().isPrimitive()) {
                return; // Keras stores an empty float64 array for layers without weights
            }
            for (int k = 0; k < Array.getLength(data); k++) {
                flatten(Array.get(data, k), out);
            }
        }
    }
}
