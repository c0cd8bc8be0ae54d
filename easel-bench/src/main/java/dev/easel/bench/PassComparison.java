package dev.easel.bench;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run {@code bench realtime} and {@code bench arbitrary} share: per configuration (network x square size),
 * Easel's hidden worker in its own JVM, then the PyTorch script where torch is installed, which checks its output
 * against Easel's before its timings count; at the end the table, the CSV and the exit code. Inputs and outputs
 * go through a temporary folder, removed on close.
 */
final class PassComparison implements AutoCloseable {
    private final String worker;
    private final ReferenceOptions reference;
    private final int repeats;
    private final String torchVersion;
    private final Path script;
    private final Path work;
    private final String loadBefore = BenchSupport.loadAverage();
    private final List<RealtimeRow> rows = new ArrayList<>();
    private boolean failed;

    /**
     * @param worker       the hidden subcommand that runs one Easel configuration, e.g. "realtime-worker"
     * @param torchVersion PyTorch's version, or null to run Easel only
     * @param script       the PyTorch reference script
     */
    PassComparison(String worker, ReferenceOptions reference, int repeats, String torchVersion, Path script) throws IOException {
        this.worker = worker;
        this.reference = reference;
        this.repeats = repeats;
        this.torchVersion = torchVersion;
        this.script = script;
        this.work = Files.createTempDirectory("easel-bench-" + worker.replace("-worker", ""));
    }

    /** The temporary folder, for files both implementations read (it goes on close). */
    Path work() {
        return work;
    }

    /** Writes the photo resized to each square size, once, in Java: both implementations then see the same pixels. */
    void writeInputs(Picture photo, List<Integer> sizes) throws IOException {
        for (int size : sizes) {
            GatysWorker.writeRaw(input(size), Resizer.resize(photo, size, size));
        }
    }

    /**
     * Runs one configuration and keeps its row.
     *
     * @param card  the model card both implementations load
     * @param flops FLOPs of one forward pass, NaN where not counted
     * @param extra arguments the worker and the script both take beyond the photo (e.g. the style image)
     */
    void run(String label, Path card, int size, double flops, List<String> extra) throws IOException, InterruptedException {
        PrintStream err = System.err;
        String wxh = size + "x" + size;
        Path output = work.resolve("easel-output.f32");
        List<String> common = new ArrayList<>(List.of("--input", input(size).toString(), "--size", wxh,
            "--repeats", String.valueOf(repeats)));
        common.addAll(extra);
        double load = BenchSupport.loadOneMinute();
        err.printf("easel   %-22s %s ...%n", label, wxh);
        List<String> args = new ArrayList<>(List.of(worker, "--model", card.toString(), "--output", output.toString()));
        args.addAll(common);
        RealtimeResult easel = BenchSupport.runChild("easel", BenchSupport.workerCommand(reference.threads, args), RealtimeResult::parse);
        RealtimeResult torch = null;
        if (torchVersion != null) {
            err.printf("pytorch %-22s %s ...%n", label, wxh);
            List<String> cmd = new ArrayList<>(List.of(reference.python, script.toString(), "--card", card.toString(),
                "--threads", String.valueOf(reference.threads)));
            cmd.addAll(common);
            if (easel != null) {
                cmd.addAll(List.of("--expect", output.toString()));
            }
            torch = BenchSupport.runReference(cmd, RealtimeResult::parse);
        }
        Files.deleteIfExists(output);
        failed |= easel == null || (torchVersion != null && torch == null);
        rows.add(new RealtimeRow(label, size, easel, torch, flops, load));
    }

    /** What the runs so far measured, under this heading. */
    Measured<RealtimeRow> measured(String heading) {
        return new Measured<>(heading, loadBefore, rows, failed);
    }

    private Path input(int size) {
        return work.resolve("input-" + size + ".f32");
    }

    @Override
    public void close() throws IOException {
        BenchSupport.deleteTree(work);
    }
}
