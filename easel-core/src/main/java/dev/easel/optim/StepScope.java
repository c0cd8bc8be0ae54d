package dev.easel.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Frees one iteration's temporaries. DJL puts an operation's result in the manager of its first operand,
 * so long-lived arrays (the point, optimizer state) would collect one array per operation per step.
 * Long-lived arrays are temporarily attached to a sub-manager for the step; what must outlive the step is
 * marked with {@link #keep} and moved to the long-lived manager only when the step closes, so that
 * operations on a kept array during the step still produce step-owned temporaries.
 */
final class StepScope implements AutoCloseable {
    private final NDManager owner;
    private final NDManager step;
    private final List<NDArray> kept = new ArrayList<>();

    StepScope(NDManager owner, Iterable<NDArray> longLived) {
        this.owner = owner;
        this.step = owner.newSubManager();
        for (NDArray a : longLived) {
            a.tempAttach(step);
        }
    }

    /** Marks {@code a} to survive the step. */
    NDArray keep(NDArray a) {
        kept.add(a);
        return a;
    }

    @Override
    public void close() {
        kept.forEach(a -> a.attach(owner));
        step.close();
    }
}
