package dev.easel.analogy;

import dev.easel.image.ColorTransfer;
import dev.easel.image.Picture;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;

/**
 * Image Analogies (Hertzmann, Jacobs, Oliver, Curless and Salesin, SIGGRAPH 2001): given A and its filtered
 * version A', synthesizes B' that relates to B as A' relates to A. Coarse to fine over pyramids; at each
 * level every pixel of B' takes the value of the A' pixel whose neighbourhood (in A and A', here and one
 * level coarser) best matches its own in B and B'. B' is copied from its sources after each round and
 * matched again, so a pixel sees its whole neighbourhood in B', not only the half already synthesized.
 */
public final class ImageAnalogy {
    /** Side of the coarsest level chosen by automatic levels. */
    static final int COARSEST_SIDE = 24;
    private static final int FINE_RADIUS = 2;
    private static final int COARSE_RADIUS = 1;

    private final AnalogySettings settings;

    public ImageAnalogy(AnalogySettings settings) {
        this.settings = settings;
    }

    /** Synthesizes B' for the photo {@code b} (RGB, 0..255) from the example pair. */
    public AnalogyResult apply(ExamplePair pair, Picture b, ProgressListener progress, Cancellation cancellation) {
        if (Math.min(b.width(), b.height()) < ExamplePair.MIN_SIDE) {
            throw new IllegalArgumentException("the photo B is too small (" + b.width() + "x" + b.height()
                + "); it needs at least " + ExamplePair.MIN_SIDE + " px on each side");
        }
        int shortSide = Math.min(Math.min(pair.a().width(), pair.a().height()), Math.min(b.width(), b.height()));
        int levels = settings.levels() == 0
            ? AnalogyPyramid.automaticLevels(shortSide, COARSEST_SIDE, AnalogySettings.MAX_LEVELS)
            : Math.min(settings.levels(), AnalogyPyramid.possibleLevels(shortSide, AnalogySettings.MAX_LEVELS));
        AnalogyPyramid pb = AnalogyPyramid.of(b, levels);
        AnalogyPyramid pa = AnalogyPyramid.of(pair.a(), levels);
        AnalogyPyramid pap = AnalogyPyramid.of(pair.aPrime(), levels);
        if (settings.remap()) {
            // the paper's luminance remapping: A's luminance statistics to B's, the same map on A'
            double[] sa = pa.luminanceStatistics();
            double[] sb = pb.luminanceStatistics();
            double scale = sa[1] > 1e-6 ? sb[1] / sa[1] : 1.0;
            pa = pa.remapLuminance(scale, sb[0] - scale * sa[0]);
            pap = pap.remapLuminance(scale, sb[0] - scale * sa[0]);
        }
        int channels = settings.color() == AnalogyColor.LUMINANCE ? 1 : 3;
        Schedule schedule = new Schedule(pb, levels, settings, progress);

        PatchMatcher matcher = null;
        PatchDistance.Side coarser = null;
        for (int level = levels - 1; level >= 0; level--) {
            Picture bl = pb.level(level);
            Picture al = pa.level(level);
            FeaturePlanes a = planes(al, channels);
            FeaturePlanes aPrime = planes(pap.level(level), channels);
            FeaturePlanes bPlanes = planes(bl, channels);
            FeaturePlanes bPrime = planes(bl, channels); // overwritten by the first copy
            matcher = matcher == null
                ? PatchMatcher.random(bl.width(), bl.height(), al.width(), al.height(), PatchMatcher.mix(settings.seed()))
                : PatchMatcher.upsampled(matcher, bl.width(), bl.height(), al.width(), al.height());
            copy(matcher, aPrime, bPrime);
            PatchDistance.Side side = PatchDistance.Side.of(a, aPrime, bPlanes, bPrime, FINE_RADIUS);
            PatchDistance.Side coarse = coarser == null ? null
                : PatchDistance.Side.of(coarser.a(), coarser.aPrime(), coarser.b(), coarser.bPrime(), COARSE_RADIUS);
            float discount = (float) (1.0 / (1.0 + Math.pow(2, -level) * settings.kappa()));
            float balance = balance(a, aPrime);
            for (int round = 0; round < settings.rounds(); round++) {
                // at the coarsest level B' is random until the first round has matched B alone
                float primeWeight = coarse == null && round == 0 ? 0f : balance;
                PatchDistance distance = new PatchDistance(side, coarse, primeWeight);
                for (int pass = 0; pass < settings.passes(); pass++) {
                    cancellation.throwIfCancelled();
                    long seed = PatchMatcher.mix(settings.seed() ^ PatchMatcher.mix(1000L * level + round));
                    matcher.pass(distance, pass, discount, seed, cancellation);
                    schedule.passDone(level);
                }
                copy(matcher, aPrime, bPrime);
            }
            coarser = side;
        }
        Picture out = finest(matcher, pb.level(0), pap.level(0));
        return new AnalogyResult(ColorTransfer.yiqToRgb(out).clamped(), matcher.sources());
    }

    /**
     * The weight of the A'/B' terms that gives them the same say as the A/B terms: an emboss or a sharpen
     * has many times A's contrast, and unscaled its differences would swamp the photo's and copy blocks
     * of A' wherever they continue each other, whatever B shows.
     */
    private static float balance(FeaturePlanes a, FeaturePlanes aPrime) {
        double va = variance(a);
        double vp = variance(aPrime);
        return vp > 1e-6 && va > 1e-6 ? (float) Math.min(1.0, va / vp) : 1f;
    }

    private static double variance(FeaturePlanes f) {
        double total = 0;
        for (int c = 0; c < f.channels(); c++) {
            double sum = 0;
            double squares = 0;
            for (int y = 0; y < f.height; y++) {
                for (int x = 0; x < f.width; x++) {
                    double v = f.get(c, x, y);
                    sum += v;
                    squares += v * v;
                }
            }
            double n = (double) f.width * f.height;
            total += squares / n - (sum / n) * (sum / n);
        }
        return total;
    }

    private static FeaturePlanes planes(Picture yiq, int channels) {
        return FeaturePlanes.of(yiq.data(), yiq.width(), yiq.height(), 0, channels, FINE_RADIUS);
    }

    /** B' takes the A' value at each pixel's source (the paper copies single pixels, not averages). */
    private static void copy(PatchMatcher m, FeaturePlanes aPrime, FeaturePlanes bPrime) {
        for (int c = 0; c < bPrime.channels(); c++) {
            for (int y = 0; y < m.height; y++) {
                for (int x = 0; x < m.width; x++) {
                    int q = y * m.width + x;
                    bPrime.set(c, x, y, aPrime.get(c, m.sx[q], m.sy[q]));
                }
            }
        }
        bPrime.fillBorder();
    }

    /** The output in YIQ: copied channels from A', the rest (I and Q in luminance mode) from B. */
    private Picture finest(PatchMatcher m, Picture b, Picture aPrime) {
        int copied = settings.color() == AnalogyColor.LUMINANCE ? 1 : 3;
        float[] out = b.data().clone();
        int plane = m.width * m.height;
        int sourcePlane = aPrime.width() * aPrime.height();
        for (int c = 0; c < copied; c++) {
            for (int q = 0; q < plane; q++) {
                out[c * plane + q] = aPrime.data()[c * sourcePlane + m.sy[q] * aPrime.width() + m.sx[q]];
            }
        }
        return new Picture(m.width, m.height, out);
    }

    /** Progress over levels and passes, weighted by each level's pixels (the finest holds three quarters). */
    private static final class Schedule {
        private final ProgressListener listener;
        private final double[] weight;
        private final String[] stage;
        private final int passesPerLevel;
        private final int total;
        private int step;
        private double done;

        Schedule(AnalogyPyramid b, int levels, AnalogySettings settings, ProgressListener listener) {
            this.listener = listener;
            this.passesPerLevel = settings.rounds() * settings.passes();
            this.total = levels * passesPerLevel;
            this.weight = new double[levels];
            this.stage = new String[levels];
            double all = 0;
            for (int i = 0; i < levels; i++) {
                Picture p = b.level(i);
                weight[i] = (double) p.width() * p.height();
                all += weight[i];
                stage[i] = p.width() + "x" + p.height();
            }
            for (int i = 0; i < levels; i++) {
                weight[i] /= all * passesPerLevel;
            }
        }

        void passDone(int level) {
            step++;
            done = Math.min(1.0, done + weight[level]);
            listener.onProgress(new Progress(stage[level], step, total, null, null, done));
        }
    }
}
