package dev.easel.bench;

import java.util.List;

/**
 * What one bench measured, before it is printed: its own bench prints it whole, {@code bench summary} takes the
 * rows of several into one table.
 *
 * @param heading    the line that says how it ran (passes, threads, PyTorch's version)
 * @param loadBefore the load average when it started
 * @param rows       one per configuration
 * @param failed     true when a child (Easel's worker or the PyTorch script) failed
 */
record Measured<R>(String heading, String loadBefore, List<R> rows, boolean failed) {
    Measured {
        rows = List.copyOf(rows);
    }
}
