package dev.easel.vgg;

/**
 * One VGG convolution layer as loaded from disk: its channels, kernel and bias, in PyTorch layout.
 *
 * @param name   layer name, e.g. {@code conv1_1}
 * @param in     input channels
 * @param out    output channels
 * @param kernel 3x3 kernel in OIHW order (out, in, 3, 3), length out*in*9
 * @param bias   length out
 */
record ConvLayer(String name, int in, int out, float[] kernel, float[] bias) {
    public ConvLayer {
        if (kernel.length != out * in * 9) {
            throw new IllegalArgumentException(name + ": kernel has " + kernel.length + " values, expected " + out * in * 9);
        }
        if (bias.length != out) {
            throw new IllegalArgumentException(name + ": bias has " + bias.length + " values, expected " + out);
        }
    }

    /** Converts a TensorFlow/Keras HWIO kernel [3,3,in,out] to OIHW. */
    public static float[] hwioToOihw(float[] hwio, int in, int out) {
        float[] oihw = new float[hwio.length];
        for (int h = 0; h < 3; h++) {
            for (int w = 0; w < 3; w++) {
                for (int i = 0; i < in; i++) {
                    for (int o = 0; o < out; o++) {
                        oihw[((o * in + i) * 3 + h) * 3 + w] = hwio[((h * 3 + w) * in + i) * out + o];
                    }
                }
            }
        }
        return oihw;
    }
}
