package dev.easel.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Frees one iteration's temporaries. DJL puts an operation's result in the manager of its first operand,
 * so long-lived arrays (the point, optimizer state) would collect one array per operation per step.
 * Long-lived arrays are temporarily attached to a sub-manager for the step; what must outlive the step is
 * handed back with {@link #keep}.
 */
final class StepScope implements AutoCloseable {
    private final NDManager owner;
    private final NDManager step;

    StepScope(NDManager owner, Iterable<NDArray> longLived) {
        this.owner = owner;
        this.step = owner.newSubManager();
        for (NDArray a : longLived) {
            a.tempAttach(step);
        }
    }

    /** Moves {@code a} to the long-lived manager so it survives the step. */
    NDArray keep(NDArray a) {
        a.attach(owner);
        return a;
    }

    @Override
    public void close() {
        step.close();
    }
}
