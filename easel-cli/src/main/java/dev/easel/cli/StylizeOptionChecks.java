package dev.easel.cli;

import dev.easel.loss.LossSettings;
import dev.easel.loss.StylePyramid;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.stylize.StyleLimits;

import java.util.Map;

/** The stylize flags checked together (picocli checks each alone): every bad combination is a usage error, exit 2. */
final class StylizeOptionChecks {
    private static final Map<String, String> LOSS_FLAGS = Map.of(LossSettings.CONTENT_WEIGHT, "--content-weight",
        LossSettings.STYLE_WEIGHT, "--style-weight", LossSettings.TV_WEIGHT, "--tv-weight");

    private StylizeOptionChecks() {
    }

    static void validate(StylizeOptions o) {
        if ((o.method == StylizeOptions.Method.gatys || o.method == StylizeOptions.Method.arbitrary) && (o.styles == null || o.styles.isEmpty())) {
            throw o.usage("--method " + o.method + " needs at least one --style image");
        }
        if (o.method == StylizeOptions.Method.realtime && o.model == null) {
            throw o.usage("--method realtime needs --model (see 'easel models')");
        }
        if (o.method == StylizeOptions.Method.realtime && o.styles != null) {
            throw o.usage("--method realtime takes its style from --model, not --style (try --model " + o.styles.get(0) + ")");
        }
        if (o.method == StylizeOptions.Method.multi && (o.styles == null || o.styles.isEmpty())) {
            throw o.usage("--method multi needs at least one --style NAME of the model (see 'easel models')");
        }
        if (o.styleMasks != null && o.method != StylizeOptions.Method.multi && o.method != StylizeOptions.Method.arbitrary) {
            throw o.usage("--style-mask works with --method multi and arbitrary only");
        }
        if (o.arch != null && o.method != StylizeOptions.Method.arbitrary) {
            throw o.usage("--arch chooses the arbitrary-style network; it needs --method arbitrary");
        }
        if (o.arch != null) {
            check(o, "--arch", () -> ArbitraryNetwork.named(o.arch));
        }
        if (o.arch != null && o.model != null) {
            throw o.usage("give --arch or --model, not both (the model's card says its network)");
        }
        if (o.styleMasks != null && o.styleMasks.size() != o.styles.size()) {
            throw o.usage("--style-mask was given " + o.styleMasks.size() + " times for " + o.styles.size() + " --style values: give one per style");
        }
        if (o.styleWeights != null && (o.styles == null || o.styleWeights.size() != o.styles.size())) {
            throw o.usage("--style-weights has " + o.styleWeights.size() + " values but " + (o.styles == null ? 0 : o.styles.size())
                + " --style images were given");
        }
        if (o.styleWeights != null) {
            check(o, "--style-weights", () -> StyleLimits.weights(o.styleWeights));
        }
        o.requireNonNegative("--size", o.size);
        if (o.size > 0 && o.size < OutputSize.MIN_SIDE) {
            throw o.usage("--size must be 0 (the photo's size) or at least " + OutputSize.MIN_SIDE + ", got " + o.size);
        }
        o.budget(); // core's minimum for --max-memory
        o.requireNonNegative("--refine", o.networkPasses.refine);
        check(o, "--style-pyramid", () -> new StylePyramid(o.stylePyramid));
        if (o.networkPasses.refine > 0 && o.method == StylizeOptions.Method.gatys) {
            throw o.usage("--refine finishes a network's picture; gatys optimizes the whole way (see --iterations)");
        }
        o.requireNonNegative("--start-size", o.startSize);
        o.requireNonNegative("--coarse-iterations", o.coarseIterations);
        if (o.iterations < 1) {
            throw o.usage("--iterations must be at least 1");
        }
        check(o, "--strength", () -> StyleLimits.strength(o.strength));
        SettingFlags.check(o.command.commandLine(), LOSS_FLAGS, () -> LossSettings.checkWeights(o.contentWeight.weight,
            o.styleWeight == null ? 0 : o.styleWeight, o.tvWeight == null ? 0 : o.tvWeight));
        check(o, "--scales", () -> StyleLimits.scales(o.networkPasses.scales));
        if (o.styleScale != null && !(o.styleScale > 0 && o.styleScale <= 8)) {
            throw o.usage("--style-scale must be in (0, 8], got " + o.styleScale);
        }
        if (!(o.learningRate.rate > 0) || Double.isInfinite(o.learningRate.rate)) {
            throw o.usage("--lr must be a positive number");
        }
        if (o.maxPixels < 1) {
            throw o.usage("--max-pixels must be positive");
        }
    }

    /** Core's check of one flag's value (core states the rule; the message names the flag). */
    private static void check(StylizeOptions o, String flag, Runnable coreCheck) {
        SettingFlags.check(o.command.commandLine(), flag, coreCheck);
    }
}
