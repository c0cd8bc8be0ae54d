package dev.easel.cli.batch;

/**
 * Tells a batch when to give up: an unreadable photo is that photo's problem (its message names it), but
 * the same error for several photos in a row means the settings are wrong and every photo would fail.
 */
public final class FailureStreak {
    public static final int LIMIT = 3;

    private String last;
    private int count;

    public void success() {
        last = null;
        count = 0;
    }

    /** Records a failure; true when the last {@value #LIMIT} failed in a row with the same message. */
    public boolean failure(String reason) {
        count = reason.equals(last) ? count + 1 : 1;
        last = reason;
        return count >= LIMIT;
    }
}
