package dev.easel.video;

import dev.easel.stylize.CancelledException;

import java.util.concurrent.BlockingQueue;

/** The blocking steps of {@link ReadAhead} and {@link WriteBehind}; an interrupted caller counts as cancelled. */
final class Handoff {
    private Handoff() {
    }

    /** A step that blocks until it can go on. */
    @FunctionalInterface
    private interface Blocking<T> {
        T run() throws InterruptedException;
    }

    static <T> T take(BlockingQueue<T> queue) {
        return await(queue::take);
    }

    static <T> void put(BlockingQueue<T> queue, T item) {
        await(() -> {
            queue.put(item);
            return null;
        });
    }

    static void join(Thread thread) {
        await(() -> {
            thread.join();
            return null;
        });
    }

    private static <T> T await(Blocking<T> step) {
        try {
            return step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Interrupts {@code thread} and waits for it to end, keeping the caller's own interrupt for later. */
    static void stop(Thread thread) {
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
