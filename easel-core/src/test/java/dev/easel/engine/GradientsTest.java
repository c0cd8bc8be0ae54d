package dev.easel.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two threads optimizing at once (two Spark tasks in one executor) both get their gradients. */
class GradientsTest {
    @Test
    void concurrentCollectorsTakeTurnsAndEachGetsItsOwnGradient() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (NDManager root = Engines.manager()) {
            List<Future<float[]>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                float scale = t + 2; // d/dx sum(scale * x^2) = 2 * scale * x
                results.add(pool.submit(() -> {
                    float[] last = null;
                    for (int i = 0; i < 50; i++) {
                        try (NDManager step = root.newSubManager()) {
                            NDArray x = step.ones(new Shape(64, 64));
                            x.setRequiresGradient(true);
                            try (GradientCollector c = Gradients.collector()) {
                                c.backward(x.square().mul(scale).sum());
                            }
                            last = x.getGradient().toFloatArray();
                        }
                    }
                    return last;
                }));
            }
            assertThat(results.get(0).get()).containsOnly(4f);
            assertThat(results.get(1).get()).containsOnly(6f);
        } finally {
            pool.shutdownNow();
        }
    }
}
