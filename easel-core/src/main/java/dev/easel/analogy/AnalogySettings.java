package dev.easel.analogy;

/**
 * How an image analogy is synthesized.
 *
 * @param levels   pyramid levels, coarse to fine; 0 picks them so the coarsest level is about 24 px
 * @param kappa    coherence (the paper's κ): how much a pixel prefers continuing its neighbours' source
 *                 patch over a slightly better match elsewhere; 0 never prefers it, larger gives longer
 *                 coherent runs (the paper uses about 0.5-5 for filters and 5-25 for painterly pairs)
 * @param color    which channels are matched and copied
 * @param remap    match the luminance mean and deviation of A and A' to B before matching (the paper's
 *                 luminance remapping); off for texture by numbers, where the label maps' means differ
 * @param seed     seeds the random search: the same seed and inputs give the same picture
 * @param rounds   match-then-copy rounds per level (each copies A' into B' and matches again)
 * @param passes   PatchMatch passes (propagation and random search) per round
 */
public record AnalogySettings(int levels, double kappa, AnalogyColor color, boolean remap, long seed, int rounds,
                              int passes) {
    public static final int MAX_LEVELS = 8;

    public AnalogySettings {
        if (levels < 0 || levels > MAX_LEVELS) {
            throw new IllegalArgumentException("levels must be between 0 (automatic) and " + MAX_LEVELS + ", got " + levels);
        }
        if (!(kappa >= 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa must be a finite number >= 0, got " + kappa);
        }
        if (color == null) {
            throw new IllegalArgumentException("a colour mode is needed");
        }
        if (rounds < 1 || rounds > 20) {
            throw new IllegalArgumentException("rounds must be between 1 and 20, got " + rounds);
        }
        if (passes < 1 || passes > 20) {
            throw new IllegalArgumentException("passes must be between 1 and 20, got " + passes);
        }
    }

    /** Luminance matching, remapped, κ = 5 (painterly; filters want 0-1), automatic levels, 2 rounds of 4 passes, seed 1. */
    public static AnalogySettings defaults() {
        return new AnalogySettings(0, 5.0, AnalogyColor.LUMINANCE, true, 1L, 2, 4);
    }

    public AnalogySettings withLevels(int value) {
        return new AnalogySettings(value, kappa, color, remap, seed, rounds, passes);
    }

    public AnalogySettings withKappa(double value) {
        return new AnalogySettings(levels, value, color, remap, seed, rounds, passes);
    }

    public AnalogySettings withColor(AnalogyColor value) {
        return new AnalogySettings(levels, kappa, value, remap, seed, rounds, passes);
    }

    public AnalogySettings withRemap(boolean value) {
        return new AnalogySettings(levels, kappa, color, value, seed, rounds, passes);
    }

    public AnalogySettings withSeed(long value) {
        return new AnalogySettings(levels, kappa, color, remap, value, rounds, passes);
    }
}
