package dev.easel.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code easel bench}: speed and memory, against PyTorch on the same machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (placeholder).")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
