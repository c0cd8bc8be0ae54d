package dev.easel.bench.quality;

import java.util.Collection;
import java.util.Objects;

/**
 * Whether a multi-style or arbitrary network's output for one painting is recognisably that painting's:
 * its x1 style loss, relative to the photo's own loss against the same painting, is lowest against its own
 * painting among all paintings evaluated. Relative, because the raw Gram losses of different paintings
 * differ tenfold and more with their contrast and colour, which would favour the low-energy paintings
 * whatever the output looks like.
 */
final class Identification {
    private Identification() {
    }

    /**
     * @param own         the painting the output was made for
     * @param losses      the output's x1 style loss against each painting
     * @param photoLosses the photo's x1 style loss against each painting
     * @return true when {@code own} has strictly the lowest ratio (a tie is not an identification)
     */
    static boolean identified(int own, double[] losses, double[] photoLosses) {
        if (losses.length != photoLosses.length || own < 0 || own >= losses.length) {
            throw new IllegalArgumentException("need one loss and one photo loss per painting and own among them");
        }
        double mine = losses[own] / photoLosses[own];
        for (int t = 0; t < losses.length; t++) {
            if (t != own && !(losses[t] / photoLosses[t] > mine)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Row s of {@code matrix}: the output made for painting s scored against every painting. One answer
     * per row.
     */
    static boolean[] identified(double[][] matrix, double[] photoLosses) {
        boolean[] out = new boolean[matrix.length];
        for (int s = 0; s < matrix.length; s++) {
            out[s] = identified(s, matrix[s], photoLosses);
        }
        return out;
    }

    /** The identified fraction of the judged outputs (null: not applicable); NaN when none was judged. */
    static double fraction(Collection<Boolean> outcomes) {
        long judged = outcomes.stream().filter(Objects::nonNull).count();
        long yes = outcomes.stream().filter(Boolean.TRUE::equals).count();
        return judged == 0 ? Double.NaN : (double) yes / judged;
    }
}
