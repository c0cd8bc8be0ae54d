package dev.easel.cli;

import java.time.Duration;

/** Where progress is shown: a redrawn bar on a terminal, or plain lines in a log. */
interface ProgressSink extends AutoCloseable {
    /**
     * @param done   units finished
     * @param total  units in the whole job (may change: a video's frame count is a guess at first)
     * @param left   the estimated time left, or null while unknown
     * @param detail what is running, after the figures (stage, losses, file name)
     */
    void update(long done, long total, Duration left, String detail);

    /** A line of its own (a warning, a skipped file), kept apart from the progress. */
    void println(String line);

    @Override
    void close();

    /** A bar for a terminal, plain lines otherwise. */
    static ProgressSink standard(String task, String unit) {
        return Terminal.interactive() ? new TerminalBar(task, unit) : new LogProgress(task, unit, System.err, LogProgress.EVERY, System::nanoTime);
    }
}
