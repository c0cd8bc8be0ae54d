package dev.easel.train;

import dev.easel.EaselException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every trainer's test checks the same way: that training lowers the loss, and that a resume is exact. */
public final class TrainingChecks {
    private TrainingChecks() {
    }

    /**
     * Trains {@code trainer} to its end (closing it) and checks that the mean total loss of its last 5 steps is
     * below the first 5 steps' divided by {@code factor}.
     */
    public static void lossFalls(NetworkTrainer trainer, String label, double factor) {
        List<Double> totals = new ArrayList<>();
        try (trainer) {
            trainer.train((step, total, loss, seconds) -> totals.add(loss.total()));
        }
        double first = mean(totals.subList(0, 5));
        double last = mean(totals.subList(totals.size() - 5, totals.size()));
        System.out.printf("%s, first 5 steps %.4g, last 5 steps %.4g (%.2fx)%n", label, first, last, first / last);
        assertThat(last).as("mean loss of the last 5 steps vs the first 5").isLessThan(first / factor);
    }

    /**
     * A run of 6 steps stopped after step 4 (between checkpoints: the stop itself must checkpoint) and resumed
     * ends with the same {@code parameter} as a run never stopped; a resume with other settings is refused.
     *
     * @param trainer a trainer of a run of the given steps that writes to the given folder
     */
    public static void resumeIsExact(Path dir, BiFunction<Path, Integer, NetworkTrainer> trainer, String parameter) {
        float[] straight;
        try (NetworkTrainer t = trainer.apply(dir.resolve("straight"), 6)) {
            t.train((step, total, loss, seconds) -> true);
            straight = t.params().get(parameter).toFloatArray();
        }
        Path resumed = dir.resolve("resumed");
        try (NetworkTrainer t = trainer.apply(resumed, 6)) {
            t.train((step, total, loss, seconds) -> step < 4);
            assertThat(t.step()).isEqualTo(4);
        }
        try (NetworkTrainer t = trainer.apply(resumed, 6)) {
            assertThat(t.step()).isEqualTo(4);
            t.train((step, total, loss, seconds) -> true);
            assertThat(t.step()).isEqualTo(6);
            assertThat(t.params().get(parameter).toFloatArray()).containsExactly(straight);
        }
        // a resume with other settings would silently mix two runs
        assertThatThrownBy(() -> trainer.apply(resumed, 7).close()).isInstanceOf(EaselException.class)
            .hasMessageContaining("other settings").hasMessageContaining("steps=7");
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
