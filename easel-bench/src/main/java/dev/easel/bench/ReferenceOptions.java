package dev.easel.bench;

import dev.easel.EaselException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The options every bench shares: threads, the PyTorch reference, CSV output. A picocli mixin. */
public final class ReferenceOptions {
    /** The benchmark this mixes into, for its usage errors. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec benchmark;

    @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads for both engines.")
    int threads = 2;

    @Mixin
    CsvOption csv;

    @Option(names = "--skip-pytorch", description = "Only run Easel.")
    boolean skipPytorch;

    @Option(names = "--python", paramLabel = "EXE", description = "Python with torch (Debian's python3-torch).")
    String python = "/usr/bin/python3";

    @Option(names = "--pytorch-script", paramLabel = "FILE", description = "Default: the bench's script in easel-bench/pytorch of the checkout.")
    Path pytorchScript;

    /** A usage error of the benchmark (exit 2, with its --help hint). */
    ParameterException usageError(String message) {
        return new ParameterException(benchmark.commandLine(), message);
    }

    /** PyTorch's version, or null (with a note on how to install it) when it is skipped or missing. */
    String torchVersion(PrintStream err) throws InterruptedException {
        String version = skipPytorch ? null : BenchSupport.torchVersion(python);
        if (!skipPytorch && version == null) {
            err.println("NOTE: " + python + " cannot import torch: PyTorch columns are skipped. Install it with "
                + "'apt-get install python3-torch' (or pass --skip-pytorch to silence this).");
        }
        return version;
    }

    /** The reference script, checked to exist when PyTorch will run. */
    Path script(String defaultName, boolean needed) {
        Path script = pytorchScript != null ? pytorchScript : BenchSupport.pytorchScript(defaultName);
        if (needed && !Files.isRegularFile(script)) {
            throw new EaselException("PyTorch script not found: " + script + " (give it with --pytorch-script)");
        }
        return script;
    }

    void writeCsv(String text, PrintStream err) throws IOException {
        if (csv.write(text)) {
            err.println("wrote " + csv.file());
        }
    }
}
