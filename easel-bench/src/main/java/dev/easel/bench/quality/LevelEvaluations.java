package dev.easel.bench.quality;

import dev.easel.stylize.Progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts a Gatys run's objective evaluations per coarse-to-fine level from its progress reports (which carry the
 * running total): more evaluations than iterations means line searches that backtracked.
 */
final class LevelEvaluations {
    private final Map<String, Integer> totalAtEnd = new LinkedHashMap<>();

    void record(Progress p) {
        if (p.evaluations() > 0) {
            totalAtEnd.merge(p.stage(), p.evaluations(), Math::max);
        }
    }

    /** "256x256:341 512x512:163": each level's own evaluations, in the order the levels ran. */
    String perLevel() {
        int[] before = {0};
        return totalAtEnd.entrySet().stream().map(e -> {
            int own = e.getValue() - before[0];
            before[0] = e.getValue();
            return e.getKey() + ":" + own;
        }).collect(Collectors.joining(" "));
    }
}
