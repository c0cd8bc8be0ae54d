package dev.easel.nets;

/** How one network serves several styles: the style mix enters the network through its parameters or its features. */
public enum Conditioning {
    /** One style: plain instance norm with one scale and shift per channel. */
    NONE("none"),
    /**
     * Conditional instance norm (Dumoulin et al. 2017): every instance norm has a scale and shift per style,
     * and a style mix blends them. A new style costs only its own scales and shifts.
     */
    INSTANCE_NORM("cin"),
    /**
     * Yanai's conditional network (2017): the style vector, tiled over the image, is concatenated with the
     * encoder's output and fused by a 1x1 convolution. Inserted at the lowest resolution, where it is
     * cheapest and every residual block and the whole decoder can act on it.
     */
    CONCAT("concat");

    private final String id;

    Conditioning(String id) {
        this.id = id;
    }

    /** The name in model cards and on the command line. */
    public String id() {
        return id;
    }

    public static Conditioning named(String id) {
        for (Conditioning c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown conditioning '" + id + "'; choose cin or concat");
    }
}
