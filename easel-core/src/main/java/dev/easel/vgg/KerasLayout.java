package dev.easel.vgg;

import dev.easel.EaselException;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Keras weights file keeps VGG19's convolutions (see {@link KerasH5WeightSource} for the layouts
 * accepted): found once when the file is opened, with every shape and element type checked.
 */
final class KerasLayout {
    private static final Pattern KERAS_CONV = Pattern.compile("block(\\d+)_conv(\\d+)");

    /** Where one layer's two datasets live inside the file. */
    record LayerRef(String conv, String kerasName, String kernelPath, String biasPath, boolean kernelDouble,
                    boolean biasDouble) {
    }

    private KerasLayout() {
    }

    /** The conv layers of a Keras weights file, in network order, each checked against VGG19's shapes. */
    static Map<String, LayerRef> read(HdfFile hdf, String name) {
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
