package dev.easel.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Gradient collectors, one at a time per JVM. DJL's PyTorch engine allows a single collector per process and
 * throws if a second thread opens one, so concurrent optimizations (two Spark tasks in one executor, each with its
 * own Gatys stylizer) take turns here for the short span of one forward and backward pass instead of failing.
 */
public final class Gradients {
    private static final ReentrantLock LOCK = new ReentrantLock();

    private Gradients() {
    }

    /** A new collector, held until closed; use it in try-with-resources on one thread. */
    public static GradientCollector collector() {
        LOCK.lock();
        try {
            return new Held(Engine.getInstance().newGradientCollector());
        } catch (RuntimeException | Error e) {
            LOCK.unlock();
            throw e;
        }
    }

    private record Held(GradientCollector inner) implements GradientCollector {
        @Override
        public void backward(NDArray target) {
            inner.backward(target);
        }

        @Override
        public void zeroGradients() {
            inner.zeroGradients();
        }

        @Override
        public void close() {
            try {
                inner.close();
            } finally {
                LOCK.unlock();
            }
        }
    }
}
