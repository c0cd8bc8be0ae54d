package dev.easel;

/**
 * The range rules that settings share, each refusing a value with an {@link InvalidSettingException} that names
 * the setting. The classes that own a setting say which rule it follows (for example
 * {@link dev.easel.stylize.StyleLimits}); front ends call those, not these, so every rule is stated once.
 */
public final class SettingChecks {
    private SettingChecks() {
    }

    public static int atLeast(String setting, int value, int min) {
        if (value < min) {
            throw new InvalidSettingException(setting, "must be at least " + min + ", got " + value);
        }
        return value;
    }

    public static int between(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidSettingException(setting, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** A share of something: from 0 to 1. */
    public static double fraction(String setting, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidSettingException(setting, "must be between 0 and 1, got " + value);
        }
        return value;
    }

    /** A finite number above 0 (a rate, a scale). */
    public static double positive(String setting, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidSettingException(setting, "must be a positive number, got " + value);
        }
        return value;
    }

    /** A finite number of 0 or more (a loss weight). */
    public static double nonNegative(String setting, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidSettingException(setting, "must be a finite number >= 0, got " + value);
        }
        return value;
    }

    /** One of the weights of a mix: a finite number of 0 or more. */
    public static double mixWeight(String setting, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new InvalidSettingException(setting, "must be finite numbers >= 0, got " + weight);
        }
        return weight;
    }

    /** The weights of a mix: each a finite number of 0 or more, and at least one above 0 (they are normalised). */
    public static double[] mixWeights(String setting, double... weights) {
        double sum = 0;
        for (double w : weights) {
            sum += mixWeight(setting, w);
        }
        if (sum <= 0) {
            throw new InvalidSettingException(setting, "must not all be zero");
        }
        return weights;
    }
}
