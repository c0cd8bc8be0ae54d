package dev.easel.bench.quality;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.loss.LossMeter;
import dev.easel.loss.LossSettings;
import dev.easel.vgg.FeatureNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores pictures of one photo against one painting at full, half and quarter size. VGG's Gram matrices
 * see strokes no larger than its receptive field, so a network can match the painting's fine texture and
 * miss its larger strokes and colour areas; shrinking the picture and the painting alike brings those into
 * reach. Shrinking is Lanczos with the kernel stretched (anti-aliased), so detail averages out rather than
 * aliasing into false texture.
 */
final class ScaledStyleLoss implements AutoCloseable {
    /** How much each scale shrinks both the picture and the painting. */
    static final int[] DIVISORS = {1, 2, 4};
    static final List<String> LABELS = List.of("x1", "x1/2", "x1/4");

    private final List<LossMeter> meters = new ArrayList<>();
    private final EdgeAgreement edges;

    /**
     * @param photo     the content photo at the size results have (8-bit values)
     * @param styleSide the long side the painting is resized to at x1; the smaller scales divide it too
     */
    ScaledStyleLoss(FeatureNetwork network, LossSettings weights, Picture photo, Picture painting, int styleSide) {
        edges = new EdgeAgreement(photo);
        try {
            for (int d : DIVISORS) {
                meters.add(new LossMeter(network, weights, reduce(photo, d), painting, reducedSide(styleSide, d)));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The content loss at x1, the style loss at every scale and the edge agreement of {@code picture} (the photo's size). */
    ScaledLosses score(Picture picture) {
        var full = meters.get(0).score(picture);
        return new ScaledLosses(full.content(), full.style(), styleAt(1, picture), styleAt(2, picture), edges.of(picture));
    }

    /** The x1 style loss alone (identification needs no other scale). */
    double fullStyle(Picture picture) {
        return meters.get(0).score(picture).style();
    }

    private double styleAt(int scale, Picture picture) {
        return meters.get(scale).score(reduce(picture, DIVISORS[scale])).style();
    }

    /** {@code side / divisor}, rounded, at least 1: the photo and every result shrink to the same size. */
    static int reducedSide(int side, int divisor) {
        return Math.max(1, (int) Math.round((double) side / divisor));
    }

    static Picture reduce(Picture picture, int divisor) {
        if (divisor == 1) {
            return picture;
        }
        return Resizer.resize(picture, reducedSide(picture.width(), divisor), reducedSide(picture.height(), divisor));
    }

    @Override
    public void close() {
        meters.forEach(LossMeter::close);
        edges.close();
    }
}
