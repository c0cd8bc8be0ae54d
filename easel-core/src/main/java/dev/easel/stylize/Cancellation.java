package dev.easel.stylize;

/** A flag another thread sets to stop a stylization; the stylizer then throws {@link CancelledException}. */
public final class Cancellation {
    private volatile boolean cancelled;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
