package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Border padding the engine's API lacks: reflection (the border mirrored without repeating the edge), what every
 * network convolution pads with, and replication (the edge repeated), what {@link UpsampledConv} needs. Where no
 * gradient flows through it (inference), the picture is copied once into a zero-padded array and each border row
 * and column is then filled in place from inside it: one full copy instead of two (the two concatenations),
 * measured 1.5-2x faster than the concatenations on 32x512x512. Where a gradient flows, it is built from slices and
 * concatenations, whose backward pass the engine knows, with no in-place writes into the graph.
 */
final class BorderPad {
    private BorderPad() {
    }

    /** {@code x} (N, C, H, W) with {@code pad} mirrored rows and columns on each side; pad must be below H and W. */
    static NDArray reflect(NDArray x, int pad) {
        return x.hasGradient() ? concatenated(x, pad, true) : filledInPlace(x, pad, true);
    }

    /** {@code x} (N, C, H, W) with its edge rows and columns repeated {@code pad} times on each side. */
    static NDArray replicate(NDArray x, int pad) {
        return x.hasGradient() ? concatenated(x, pad, false) : filledInPlace(x, pad, false);
    }

    static NDArray filledInPlace(NDArray x, int pad, boolean mirror) {
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        NDArray y = x.pad(new Shape(pad, pad, pad, pad), 0);
        String columns = pad + ":" + (pad + w);
        for (int i = 1; i <= pad; i++) {
            int from = mirror ? i : 0; // how far inside the picture the copied row or column lies
            copyRow(y, pad + from, pad - i, columns);
            copyRow(y, pad + h - 1 - from, pad + h - 1 + i, columns);
        }
        for (int i = 1; i <= pad; i++) { // whole columns, so the corners are filled from the filled rows
            int from = mirror ? i : 0;
            copyColumn(y, pad + from, pad - i);
            copyColumn(y, pad + w - 1 - from, pad + w - 1 + i);
        }
        return y;
    }

    private static void copyRow(NDArray y, long from, long to, String columns) {
        try (NDArray row = y.get(":, :, " + from + ", " + columns)) {
            y.set(new NDIndex(":, :, " + to + ", " + columns), row);
        }
    }

    private static void copyColumn(NDArray y, long from, long to) {
        try (NDArray column = y.get(":, :, :, " + from)) {
            y.set(new NDIndex(":, :, :, " + to), column);
        }
    }

    static NDArray concatenated(NDArray x, int pad, boolean mirror) {
        NDArray rows;
        try (NDArray top = border(x, 2, pad, mirror, true); NDArray bottom = border(x, 2, pad, mirror, false)) {
            rows = NDArrays.concat(new NDList(top, x, bottom), 2);
        }
        try (NDArray left = border(rows, 3, pad, mirror, true); NDArray right = border(rows, 3, pad, mirror, false)) {
            return NDArrays.concat(new NDList(left, rows, right), 3);
        } finally {
            rows.close();
        }
    }

    /** The {@code pad} rows (axis 2) or columns (axis 3) that go before ({@code start}) or after {@code x}. */
    private static NDArray border(NDArray x, int axis, int pad, boolean mirror, boolean start) {
        long n = x.getShape().get(axis);
        String range = mirror ? (start ? 1 + ":" + (pad + 1) : (n - pad - 1) + ":" + (n - 1))
            : (start ? "0:1" : (n - 1) + ":" + n);
        try (NDArray part = x.get(axis == 2 ? ":, :, " + range + ", :" : ":, :, :, " + range)) {
            return mirror ? part.flip(axis) : part.repeat(axis, pad);
        }
    }
}
