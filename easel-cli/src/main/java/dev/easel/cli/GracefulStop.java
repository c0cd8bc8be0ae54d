package dev.easel.cli;

import dev.easel.stylize.Cancellation;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or SIGTERM during a run: the shutdown hook asks the work to stop and waits until the run has finished
 * its step and written what it has, then ends the process with 130. Without the wait the JVM would exit while
 * libtorch is still inside a backward pass, and crash there (SIGSEGV, an hs_err file in the user's folder).
 */
final class GracefulStop implements AutoCloseable {
    /** What shells report for a process ended by Ctrl-C (128 + SIGINT). */
    static final int EXIT_INTERRUPTED = 130;
    /** Longest wait for a step to end: one optimizer iteration at a large size takes seconds, not minutes. */
    private static final long WAIT_SECONDS = 120;

    private final Cancellation cancellation;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "easel-stop");
    private volatile boolean requested;

    GracefulStop(Cancellation cancellation) {
        this.cancellation = cancellation;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void stop() {
        requested = true;
        cancellation.cancel();
        System.err.println(System.lineSeparator() + "stopping after the current step...");
        try {
            finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException ignored) {
            // halt anyway
        }
        System.err.flush();
        System.out.flush();
        Runtime.getRuntime().halt(EXIT_INTERRUPTED);
    }

    /** True once a signal asked the run to stop. */
    boolean requested() {
        return requested;
    }

    /** The run is over (done, stopped and written, or failed): the hook, if it runs, may end the process now. */
    @Override
    public void close() {
        finished.countDown();
        if (!requested) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it ends the process
            }
        }
    }
}
