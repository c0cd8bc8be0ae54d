package dev.easel.stylize.arbitrary;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
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
import dev.easel.nets.adain.GuidedSwap;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.MissingLayerException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A trained AdaIN decoder loaded from a model file, with the VGG19 encoder it was trained against: encodes
 * a photo and any style images, transfers the styles' statistics and decodes.
 */
public final class AdainModel implements AutoCloseable {
    public static final String ARCHITECTURE = ArbitraryNetwork.ADAIN.id();
    /**
     * Painting patches style swap matches against: about a 256 px painting's worth at relu3_1 (the matching
     * costs patches x positions x 2,304 multiply-adds; a 1024 px picture takes some seconds more than AdaIN).
     */
    static final int MAX_SWAP_PATCHES = 4096;
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
    private final boolean swap;

    private AdainModel(LoadedNetwork<AdainNet> loaded, boolean ownsVgg, boolean swap) {
        this.loaded = loaded;
        this.ownsVgg = ownsVgg;
        this.vgg = loaded.vgg();
        this.net = loaded.net();
        this.swap = swap;
    }

    /**
     * Loads {@code NAME.json} + {@code NAME.weights}, checking that {@code vgg} has the encoder layer the
     * decoder was trained on.
     *
     * @param ownsVgg close {@code vgg} with the model
     */
    public static AdainModel load(Path cardPath, FeatureNetwork vgg, boolean ownsVgg) {
        return load(cardPath, vgg, ownsVgg, ArbitraryNetwork.ADAIN);
    }

    /**
     * Loads an AdaIN decoder that decodes the features {@code transfer} gives it: AdaIN's ({@code adain} cards) or
     * style swap's ({@code swap} cards, see {@link GuidedSwap}).
     */
    static AdainModel load(Path cardPath, FeatureNetwork vgg, boolean ownsVgg, ArbitraryNetwork transfer) {
        if (transfer != ArbitraryNetwork.ADAIN && transfer != ArbitraryNetwork.SWAP) {
            throw new IllegalArgumentException("an AdaIN decoder decodes adain or swap features, not " + transfer.id());
        }
        return new AdainModel(LoadedNetwork.load(cardPath, vgg, transfer, "an arbitrary-style (" + transfer.id() + ") one",
            card -> network(card, vgg), AdainNet::parameterShapes), ownsVgg, transfer == ArbitraryNetwork.SWAP);
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

    /**
     * What the paintings give the photo's features, mixed with {@code weights}: AdaIN's statistics, normalizing
     * with the statistics of {@code whole} (the whole photo, or a copy no larger than {@value #STATS_SIZE} px
     * shared by every tile), or style swap's patches. Owned by {@code m}.
     *
     * @param wholeFeatures the encoder features of {@code whole}
     */
    private Transfer transfer(NDManager m, List<Picture> styles, double[] weights, Picture photo, NDArray whole,
                              Supplier<NDArray> wholeFeatures) {
        // styles are encoded at the photo's long side, see styleInput
        int longSide = Math.max(photo.width(), photo.height());
        List<NDArray> images = styles.stream().map(s -> Tensors.fromPicture(m, styleInput(s, longSide))).toList();
        List<NDArray> features = images.stream().map(image -> net.encode(vgg, image)).toList();
        FeatureStats style = FeatureStats.mix(features.stream().map(FeatureStats::of).toList(), weights);
        if (swap) {
            return swapTransfer(images, features, weights, style, whole);
        }
        FeatureStats own = FeatureStats.of(wholeFeatures.get());
        return (content, image) -> AdaIN.apply(content, own, style);
    }

    /**
     * Style swap of each painting, matched on features and luminance ({@link GuidedSwap}), mixed with
     * {@code weights}. The swap picks patches by their shape (normalized correlation), not their strength, so
     * AdaIN then gives the swapped features the paintings' channel means and deviations: 0.36 / 0.63 / 0.75
     * against 0.19 / 0.40 / 0.45 without it on amber x the 12 unseen paintings (docs/arbitrary.md).
     */
    private Transfer swapTransfer(List<NDArray> images, List<NDArray> features, double[] weights,
                                  FeatureStats style, NDArray whole) {
        List<GuidedSwap> banks = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            banks.add(GuidedSwap.of(images.get(i), features.get(i), whole, net.multiple(), MAX_SWAP_PATCHES));
        }
        return (content, image) -> {
            NDList each = new NDList(banks.stream().map(b -> b.apply(content, image)).toList());
            try (each; NDArray swapped = FeatureStats.average(each, weights)) {
                return AdaIN.apply(swapped, style);
            }
        };
    }

    /** The photo's features as the paintings' transfer makes them, before the strength blend. */
    private interface Transfer {
        /** {@code content}: the encoder features of {@code image} (1 x 3 x H x W). */
        NDArray apply(NDArray content, NDArray image);
    }

    /**
     * Stylizes in one pass. {@code photo}'s sides must be multiples of {@link AdainNet#multiple()} (see
     * {@link #networkSize}); {@code alpha} blends the content features (0) with the transferred ones (1).
     */
    public Picture apply(Picture photo, List<Picture> styles, double[] weights, double alpha) {
        try (NDManager m = loaded.params().manager().newSubManager()) {
            NDArray image = Tensors.fromPicture(m, photo);
            NDArray content = net.encode(vgg, image);
            return decode(content, image, transfer(m, styles, weights, photo, image, () -> content), alpha);
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
            Picture small = Math.max(photo.width(), photo.height()) > STATS_SIZE ? Resizer.fitLongSide(photo, STATS_SIZE) : photo;
            int[] smallSize = networkSize(small.width(), small.height());
            NDArray whole = Tensors.fromPicture(m, Resizer.resize(small, smallSize[0], smallSize[1]));
            Transfer transfer = transfer(m, styles, weights, photo, whole, () -> net.encode(vgg, whole));
            return Tiling.paint(photo, core, halo(), (tile, padded) -> {
                try (NDManager t = m.newSubManager()) {
                    NDArray image = Tensors.fromPicture(t, padded);
                    return decode(net.encode(vgg, image), image, transfer, alpha);
                }
            }, progress);
        }
    }

    private Picture decode(NDArray content, NDArray image, Transfer transfer, double alpha) {
        try (NDArray transferred = transfer.apply(content, image);
             NDArray blended = AdaIN.blend(transferred, content, alpha)) {
            return Tensors.toPicture(net.decode(loaded.params()::get, blended));
        }
    }

    @Override
    public void close() {
        loaded.close(ownsVgg);
    }
}
