package dev.easel.cli;

import dev.easel.memory.MemoryBudget;
import dev.easel.models.ArbitraryNetwork;

/** The stylize flags checked together (picocli checks each alone): every bad combination is a usage error, exit 2. */
final class StylizeOptionChecks {
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
        if (o.arch != null && !ArbitraryNetwork.ids().contains(o.arch)) {
            throw o.usage("--arch is adain, yanai or wct, not '" + o.arch + "'");
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
            for (double w : o.styleWeights) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw o.usage("--style-weights must be finite numbers >= 0, got " + w);
                }
            }
            if (o.styleWeights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                throw o.usage("--style-weights must not all be zero");
            }
        }
        o.requireNonNegative("--size", o.size);
        if (o.size > 0 && o.size < OutputSize.MIN_SIDE) {
            throw o.usage("--size must be 0 (the photo's size) or at least " + OutputSize.MIN_SIDE + ", got " + o.size);
        }
        if (o.maxMemory != null && o.maxMemory < MemoryBudget.MINIMUM) {
            throw o.usage("--max-memory must be at least " + MemoryBudget.format(MemoryBudget.MINIMUM));
        }
        o.requireNonNegative("--refine", o.refine);
        if (o.stylePyramid < 1 || o.stylePyramid > dev.easel.loss.StylePyramid.MAX_LEVELS) {
            throw o.usage("--style-pyramid must be between 1 and " + dev.easel.loss.StylePyramid.MAX_LEVELS + ", got " + o.stylePyramid);
        }
        if (o.refine > 0 && o.method == StylizeOptions.Method.gatys) {
            throw o.usage("--refine finishes a network's picture; gatys optimizes the whole way (see --iterations)");
        }
        o.requireNonNegative("--start-size", o.startSize);
        o.requireNonNegative("--coarse-iterations", o.coarseIterations);
        if (o.iterations < 1) {
            throw o.usage("--iterations must be at least 1");
        }
        if (!(o.strength >= 0 && o.strength <= 1)) {
            throw o.usage("--strength must be between 0 and 1, got " + o.strength);
        }
        for (double w : new double[] {o.contentWeight, o.styleWeight == null ? 0 : o.styleWeight, o.tvWeight == null ? 0 : o.tvWeight}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw o.usage("loss weights must be finite numbers >= 0");
            }
        }
        if (o.scales < 1 || o.scales > 4) {
            throw o.usage("--scales must be between 1 and 4, got " + o.scales);
        }
        if (o.styleScale != null && !(o.styleScale > 0 && o.styleScale <= 8)) {
            throw o.usage("--style-scale must be in (0, 8], got " + o.styleScale);
        }
        if (!(o.learningRate > 0) || Double.isInfinite(o.learningRate)) {
            throw o.usage("--lr must be a positive number");
        }
        if (o.maxPixels < 1) {
            throw o.usage("--max-pixels must be positive");
        }
    }
}
