package dev.easel.stylize.arbitrary;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.EaselException;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Tiling;
import dev.easel.image.Resizer;
import dev.easel.models.ModelCard;
import dev.easel.models.AdainCard;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.nets.adain.AdaIN;
import dev.easel.nets.adain.AdainNet;
import dev.easel.nets.adain.FeatureStats;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.MissingLayerException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained AdaIN decoder loaded from a model file, with the VGG19 encoder it was trained against: encodes
 * a photo and any style images, transfers the styles' statistics and decodes.
 */
public final class AdainModel implements AutoCloseable {
    public static final String ARCHITECTURE = ArbitraryNetwork.ADAIN.id();
    /**
     * Styles are encoded at the output's long side, as Gatys sizes them, up to this (memory: the encoder's
     * first layers hold 64 channels at full size), and never below {@link #MIN_STYLE_SIDE} on the short side.
     * Encoding at a fixed 512 px (Huang & Belongie) gave 256 px outputs the statistics of strokes half as
     * large as Gatys and the style loss aim at: 59% of Gatys' style-loss reduction on unseen paintings
     * against 77% at the output's size (docs/arbitrary.md).
     */
    public static final int MAX_STYLE_SIDE = 1024;
    public static final int MIN_STYLE_SIDE = 64;
    /**
     * Tile halo: wider than the receptive field radius of encoder + decoder (about 22 px to relu3_1, 75 px to
     * relu4_1) and a multiple of the pooling factor, so tile cores are exact.
     */
    int halo() {
        return net.encoderLayer().equals("relu4_1") ? 96 : 32;
    }
    /** Long side of the copy whose content statistics every tile shares. */
    static final int STATS_SIZE = 1024;

    private final LoadedNetwork<AdainNet> loaded;
    private final boolean ownsVgg;
    private final FeatureNetwork vgg;
    private final AdainNet net;

    private AdainModel(LoadedNetwork<AdainNet> loaded, boolean ownsVgg) {
        this.loaded = loaded;
        this.ownsVgg = ownsVgg;
        this.vgg = loaded.vgg();
        this.net = loaded.net();
    }

    /**
     * Loads {@code NAME.json} + {@code NAME.weights}, checking that {@code vgg} has the encoder layer the
     * decoder was trained on.
     *
     * @param ownsVgg close {@code vgg} with the model
     */
    public static AdainModel load(Path cardPath, FeatureNetwork vgg, boolean ownsVgg) {
        return new AdainModel(LoadedNetwork.load(cardPath, vgg, ArbitraryNetwork.ADAIN, "an arbitrary-style (adain) one",
            card -> network(card, vgg), AdainNet::parameterShapes), ownsVgg);
    }

    /** The decoder {@code card} describes, refused when {@code vgg} stops before its encoder layer. */
    private static AdainNet network(ModelCard card, FeatureNetwork vgg) {
        String encoder = AdainCard.of(card).encoderLayer();
        if (!vgg.has(encoder)) {
            throw new MissingLayerException(encoder, "model '" + card.name() + "' decodes " + encoder + " features, but the loaded VGG19 ("
                + vgg.source() + ") stops at " + vgg.layers().get(vgg.layers().size() - 1) + "; the full VGG19 has them");
        }
        try {
            return new AdainNet(encoder);
        } catch (IllegalArgumentException e) {
            throw new EaselException("model '" + card.name() + "': " + e.getMessage());
        }
    }

    public ModelCard card() {
        return loaded.card();
    }

    public AdainNet network() {
        return net;
    }

    /** Sides rounded down to multiples of the encoder's pooling factor (at least one multiple). */
    public int[] networkSize(int width, int height) {
        int k = net.multiple();
        return new int[] {Math.max(k, width / k * k), Math.max(k, height / k * k)};
    }

    /**
     * A style image as the encoder sees it for an output of long side {@code outputLongSide}: resized to that
     * long side (at most {@value #MAX_STYLE_SIDE}), short side at least {@value #MIN_STYLE_SIDE}.
     */
    public static Picture styleInput(Picture style, int outputLongSide) {
        int longSide = Math.min(outputLongSide, MAX_STYLE_SIDE);
        double scale = (double) longSide / Math.max(style.width(), style.height());
        scale = Math.max(scale, (double) MIN_STYLE_SIDE / Math.min(style.width(), style.height()));
        return scale == 1.0 ? style
            : Resizer.resize(style, Math.max(1, (int) Math.round(style.width() * scale)), Math.max(1, (int) Math.round(style.height() * scale)));
    }

    /** The styles' encoder statistics mixed with {@code weights}; owned by {@code m}. */
    FeatureStats styleStats(NDManager m, List<Picture> styles, double[] weights, Picture photo) {
        int longSide = Math.max(photo.width(), photo.height());
        List<FeatureStats> stats = new ArrayList<>();
        for (Picture s : styles) {
            stats.add(FeatureStats.of(net.encode(vgg, Tensors.fromPicture(m, styleInput(s, longSide)))));
        }
        return FeatureStats.mix(stats, weights);
    }

    /**
     * Stylizes in one pass. {@code photo}'s sides must be multiples of {@link AdainNet#multiple()} (see
     * {@link #networkSize}); {@code alpha} blends the content features (0) with the transferred ones (1).
     */
    public Picture apply(Picture photo, List<Picture> styles, double[] weights, double alpha) {
        try (NDManager m = loaded.params().manager().newSubManager()) {
            FeatureStats style = styleStats(m, styles, weights, photo);
            NDArray content = net.encode(vgg, Tensors.fromPicture(m, photo));
            return decode(content, FeatureStats.of(content), style, alpha);
        }
    }

    /**
     * Stylizes in overlapping tiles with bounded memory. The content statistics come from one pass over the
     * whole photo downscaled to at most {@value #STATS_SIZE} px and are shared by every tile (as TransformerPainter
     * shares its instance-norm statistics), so all tiles get the same transfer; each tile carries a margin
     * wider than the receptive field, aligned to the pooling grid, and only its core is kept.
     */
    public Picture applyTiled(Picture photo, List<Picture> styles, double[] weights, double alpha, int tileSize,
                              Tiling.TileProgress progress) {
        int k = net.multiple();
        if (photo.width() % k != 0 || photo.height() % k != 0) {
            throw new IllegalArgumentException("photo sides must be multiples of " + k);
        }
        int core = Math.max(8, tileSize / 8 * 8);
        try (NDManager m = loaded.params().manager().newSubManager()) {
            FeatureStats style = styleStats(m, styles, weights, photo);
            Picture small = Math.max(photo.width(), photo.height()) > STATS_SIZE ? Resizer.fitLongSide(photo, STATS_SIZE) : photo;
            int[] smallSize = networkSize(small.width(), small.height());
            small = Resizer.resize(small, smallSize[0], smallSize[1]);
            FeatureStats contentStats = FeatureStats.of(net.encode(vgg, Tensors.fromPicture(m, small)));
            return Tiling.paint(photo, core, halo(), (tile, padded) -> {
                try (NDManager t = m.newSubManager()) {
                    return decode(net.encode(vgg, Tensors.fromPicture(t, padded)), contentStats, style, alpha);
                }
            }, progress);
        }
    }

    private Picture decode(NDArray content, FeatureStats contentStats, FeatureStats style, double alpha) {
        try (NDArray transferred = AdaIN.apply(content, contentStats, style);
             NDArray blended = AdaIN.blend(transferred, content, alpha)) {
            return Tensors.toPicture(net.decode(loaded.params()::get, blended));
        }
    }

    @Override
    public void close() {
        loaded.close(ownsVgg);
    }
}
