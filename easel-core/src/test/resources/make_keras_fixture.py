#!/usr/bin/env python3
"""Generates the Keras-layout HDF5 fixtures used by KerasH5WeightSourceTest.

Run from this directory (easel-core/src/test/resources) with h5py + numpy
(Debian: apt-get install python3-h5py, then use /usr/bin/python3):

    /usr/bin/python3 make_keras_fixture.py

and commit the files it writes under keras/. The output is deterministic
(no timestamps, values from a formula), so re-running it should not change them.

Layout mirrors Keras' `model.save_weights('x.h5')` (the format of
vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5):
  root attribute  layer_names  = fixed-length byte strings (numpy 'S'), one per layer,
                                 including weightless layers (input_1, blockN_pool)
  group <layer>   attribute weight_names = fixed-length byte strings naming its datasets
                  (empty float64 array for weightless layers, as Keras writes it)
  kernel          float32 HWIO [3, 3, in, out]; bias float32 [out]

Values are chosen so that every kernel element encodes its own position, exactly
representable in float32 (a dyadic rational):
  kernel[h, w, i, o] = (((h*3 + w)*in + i)*out + o) / 2**18 - 0.25
  bias[o]            = layer_index + (o + 1) / 1024        (layer_index: conv1_1=1, conv1_2=2, ...)
The Java test recomputes these to check the HWIO -> OIHW conversion element by element.
"""
import os

import h5py
import numpy as np

VGG19_BLOCKS_1_2 = [  # keras name, in, out
    ("block1_conv1", 3, 64),
    ("block1_conv2", 64, 64),
    ("block2_conv1", 64, 128),
    ("block2_conv2", 128, 128),
]
OUT = "keras"


def kernel(cin, cout):
    code = np.arange(3 * 3 * cin * cout, dtype=np.float64).reshape(3, 3, cin, cout)
    return (code / 2.0 ** 18 - 0.25).astype(np.float32)


def bias(layer_index, cout):
    return (layer_index + (np.arange(cout, dtype=np.float64) + 1) / 1024).astype(np.float32)


def names(items):
    return np.array([s.encode("utf8") for s in items])  # fixed-length 'S' like Keras


def new_file(name):
    f = h5py.File(os.path.join(OUT, name), "w", track_order=False)
    f.attrs["backend"] = b"tensorflow"
    f.attrs["keras_version"] = b"2.1.5"
    return f


def add_conv(parent, lname, k, b, style="old"):
    g = parent.create_group(lname)
    if style == "old":  # Keras 1 / early Keras 2: block1_conv1_W_1:0
        kn, bn = f"{lname}_W_1:0", f"{lname}_b_1:0"
    else:  # tf.keras: block1_conv1/block1_conv1/kernel:0
        kn, bn = f"{lname}/kernel:0", f"{lname}/bias:0"
    if style != "no_weight_names":
        g.attrs["weight_names"] = names([kn, bn])
    g.create_dataset(kn, data=k, track_times=False)
    g.create_dataset(bn, data=b, track_times=False)
    return g


def add_weightless(parent, lname):
    g = parent.create_group(lname)
    g.attrs["weight_names"] = np.array([], dtype=np.float64)  # what Keras writes for []
    return g


def main():
    os.makedirs(OUT, exist_ok=True)

    # 1. Real VGG19 shapes, blocks 1-2, old (Keras 1 / notop download) naming. ~1 MB.
    with new_file("vgg19_blocks1-2.h5") as f:
        layer_names = ["input_1"]
        add_weightless(f, "input_1")
        idx = 0
        for block in (1, 2):
            for lname, cin, cout in VGG19_BLOCKS_1_2:
                if lname.startswith(f"block{block}_"):
                    idx += 1
                    add_conv(f, lname, kernel(cin, cout), bias(idx, cout))
                    layer_names.append(lname)
            pool = f"block{block}_pool"
            add_weightless(f, pool)
            layer_names.append(pool)
        f.attrs["layer_names"] = names(layer_names)

    # 2. tf.keras naming (block1_conv1/block1_conv1/kernel:0), conv1_1 only.
    with new_file("vgg19_conv1_1_tfkeras_names.h5") as f:
        add_conv(f, "block1_conv1", kernel(3, 64), bias(1, 64), style="new")
        f.attrs["layer_names"] = names(["block1_conv1"])

    # 3. No weight_names attribute: loader must find the 4-D and 1-D datasets itself.
    with new_file("vgg19_conv1_1_no_weight_names.h5") as f:
        add_conv(f, "block1_conv1", kernel(3, 64), bias(1, 64), style="no_weight_names")
        f.attrs["layer_names"] = names(["block1_conv1"])

    # 4. Whole-model save (model.save): weights under /model_weights.
    with new_file("vgg19_conv1_1_full_model.h5") as f:
        mw = f.create_group("model_weights")
        add_conv(mw, "block1_conv1", kernel(3, 64), bias(1, 64))
        mw.attrs["layer_names"] = names(["block1_conv1"])

    # 5. NaN in conv1_2's kernel (conv1_1 fine).
    with new_file("vgg19_nan.h5") as f:
        add_conv(f, "block1_conv1", kernel(3, 64), bias(1, 64))
        k = kernel(64, 64)
        k[1, 2, 3, 4] = np.nan
        add_conv(f, "block1_conv2", k, bias(2, 64))
        f.attrs["layer_names"] = names(["block1_conv1", "block1_conv2"])

    # 6. +Infinity in conv1_1's bias.
    with new_file("vgg19_inf_bias.h5") as f:
        b = bias(1, 64)
        b[7] = np.inf
        add_conv(f, "block1_conv1", kernel(3, 64), b)
        f.attrs["layer_names"] = names(["block1_conv1"])

    # 7. Wrong shape: conv1_1 with 32 output channels instead of 64.
    with new_file("vgg19_wrong_shape.h5") as f:
        add_conv(f, "block1_conv1", kernel(3, 32), bias(1, 32))
        f.attrs["layer_names"] = names(["block1_conv1"])

    # 8. HDF5 but not Keras: no layer_names.
    with new_file("not_keras.h5") as f:
        f.create_dataset("data", data=np.zeros((4, 4), np.float32), track_times=False)

    # 9. layer_names lists a group that is missing.
    with new_file("missing_group.h5") as f:
        add_conv(f, "block1_conv1", kernel(3, 64), bias(1, 64))
        f.attrs["layer_names"] = names(["block1_conv1", "block1_conv2"])

    # 10. Keras model without any VGG conv layer (e.g. a different network).
    with new_file("no_vgg_layers.h5") as f:
        g = f.create_group("dense_1")
        g.attrs["weight_names"] = names(["dense_1/kernel:0", "dense_1/bias:0"])
        g.create_dataset("dense_1/kernel:0", data=np.zeros((4, 2), np.float32), track_times=False)
        g.create_dataset("dense_1/bias:0", data=np.zeros((2,), np.float32), track_times=False)
        f.attrs["layer_names"] = names(["dense_1"])


if __name__ == "__main__":
    main()
