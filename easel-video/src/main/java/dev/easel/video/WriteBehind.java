package dev.easel.video;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs the encoder's work (smoothing, measuring, encoding) on a thread of its own, in the order it was handed in,
 * behind a short queue, so encoding one frame overlaps stylizing the next. The first failure stops the work and
 * is thrown on the caller's thread at its next {@link #submit} or at {@link #finish}.
 */
final class WriteBehind implements AutoCloseable {
    private static final Runnable END = () -> { };

    private final BlockingQueue<Runnable> queue;
    private final Thread thread;
    private volatile RuntimeException failure;

    WriteBehind(int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
        thread = new Thread(this::work, "easel-video-encode");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code task}, waiting while the queue is full. */
    void submit(Runnable task) {
        rethrow();
        Handoff.put(queue, task);
    }

    /** Waits until every task handed in has run. */
    void finish() {
        rethrow();
        Handoff.put(queue, END);
        Handoff.join(thread);
        rethrow();
    }

    private void work() {
        try {
            for (Runnable task = queue.take(); task != END; task = queue.take()) {
                task.run();
            }
        } catch (InterruptedException e) {
            // closed early
        } catch (RuntimeException e) {
            failure = e;
            queue.clear(); // unblocks a caller waiting to submit; it sees the failure next
        }
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the work (what is queued is dropped) and waits for the thread. */
    @Override
    public void close() {
        Handoff.stop(thread);
    }
}
