package dev.easel.bench;

import dev.easel.cli.GatysLearningRate;
import dev.easel.cli.Main;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code easel bench gatys}: ms per iteration and peak memory of Easel's Gatys optimization against the
 * same objective in PyTorch, and against a compute floor. Each configuration runs in its own child
 * process (a JVM running {@link GatysWorker}, or Python running easel-bench/pytorch/gatys_bench.py), so each
 * reports its own peak RSS; both children read the same prepared pixels from a temporary folder.
 */
@Command(name = "gatys", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Time Gatys iterations (Easel vs PyTorch, L-BFGS and Adam) and report peak memory and a compute floor.")
public final class GatysBench implements Callable<Integer> {
    @Mixin
    ReferenceOptions reference;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Long sides to run (the photo keeps its aspect).")
    List<Integer> sizes = List.of(256, 512);

    @Option(names = "--optimizers", split = ",", paramLabel = "NAME", description = "lbfgs and/or adam.")
    List<String> optimizers = List.of("lbfgs", "adam");

    @Option(names = "--iterations", paramLabel = "N", description = "Timed iterations per configuration.")
    int iterations = 10;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed iterations first (at least 1).")
    int warmup = 2;

    @Mixin
    GatysLearningRate learningRate;

    @Option(names = "--content", paramLabel = "FILE", description = "Default: $EASEL_SHARED/images/content/tubingen.jpg.")
    Path content;

    @Option(names = "--style", paramLabel = "FILE", description = "Default: $EASEL_SHARED/images/style/starry_night.jpg.")
    Path style;

    @Option(names = "--vgg", paramLabel = "DIR", description = "The shared VGG19 blocks 1-3 (default: $EASEL_SHARED/" + VggLocator.SHARED_BLOCKS + ").")
    Path vgg;

    @Option(names = "--matmul-size", paramLabel = "N", description = "Matrix size for the peak GFLOP/s measurement.")
    int matmulSize = 2048;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Measured<BenchRow> measured = measure();
        PrintStream out = System.out;
        out.println(measured.heading());
        out.printf("load average before: %s; after: %s%n%n", measured.loadBefore(), BenchSupport.loadAverage());
        out.print(BenchRow.table(measured.rows()));
        reference.writeCsv(BenchRow.csv(measured.rows()), System.err);
        return measured.failed() ? Main.EXIT_FAILURE : 0;
    }

    /** Checks the options and runs every configuration. */
    Measured<BenchRow> measure() throws IOException, InterruptedException {
        validate();
        Path shared = VggLocator.sharedDirectory();
        Path photoFile = content != null ? content : shared.resolve(BenchSupport.PHOTO);
        Path styleFile = style != null ? style : shared.resolve(BenchSupport.PAINTING);
        Path vggDir = vgg != null ? vgg : VggLocator.resolve(null);
        PrintStream err = System.err;

        String torchVersion = reference.torchVersion(err);
        Path script = reference.script("gatys_bench.py", torchVersion != null);

        String loadBefore = BenchSupport.loadAverage();
        // The parent's engine, with the children's thread count, only measures the matmul peak.
        System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(reference.threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        err.printf("measuring peak GFLOP/s (%dx%d fp32 matmul in DJL)...%n", matmulSize, matmulSize);
        double peak = ComputeFloor.measurePeakGflops(matmulSize, 5);

        Path work = Files.createTempDirectory("easel-bench");
        List<BenchRow> rows = new ArrayList<>();
        boolean failed = false;
        try {
            Picture photo = ImageReader.read(photoFile);
            Picture art = ImageReader.read(styleFile);
            for (int size : sizes) {
                // Resized once here, in Java: both implementations then see exactly the same pixels.
                Picture c = Resizer.fitLongSide(photo, size);
                Picture s = Resizer.fitLongSide(art, size);
                String cSize = c.width() + "x" + c.height();
                String sSize = s.width() + "x" + s.height();
                Path cFile = work.resolve("content-" + size + ".f32");
                Path sFile = work.resolve("style-" + size + ".f32");
                GatysWorker.writeRaw(cFile, c);
                GatysWorker.writeRaw(sFile, s);
                List<String> common = List.of("--content", cFile.toString(), "--content-size", cSize, "--style",
                    sFile.toString(), "--style-size", sSize, "--iterations", String.valueOf(iterations),
                    "--warmup", String.valueOf(warmup), "--lr", String.valueOf(learningRate.rate()));
                for (String opt : optimizers) {
                    double load = BenchSupport.loadOneMinute();
                    err.printf("easel   %-7s %s ...%n", opt, cSize);
                    BenchResult easel = BenchSupport.runChild("easel", workerCommand(common, opt, vggDir), BenchResult::parse);
                    BenchResult torch = null;
                    if (torchVersion != null) {
                        err.printf("pytorch %-7s %s ...%n", opt, cSize);
                        torch = BenchSupport.runReference(pythonCommand(script, common, opt, vggDir), BenchResult::parse);
                    }
                    failed |= easel == null || (torchVersion != null && torch == null);
                    rows.add(new BenchRow(size, c.width(), c.height(), opt, easel, torch,
                        ComputeFloor.evaluationFlops(c.width(), c.height()), peak, load));
                }
            }
        } finally {
            BenchSupport.deleteTree(work);
        }

        String heading = String.format(Locale.ROOT, "easel bench gatys: %d timed iterations after %d warm-up, %d threads, %d cores; "
                + "peak %.0f GFLOP/s (%d^2 matmul); PyTorch %s", iterations, warmup, reference.threads,
            Runtime.getRuntime().availableProcessors(), peak, matmulSize, torchVersion == null ? "skipped" : torchVersion);
        return new Measured<>(heading, loadBefore, rows, failed);
    }

    private void validate() {
        if (iterations < 1 || warmup < 1 || reference.threads < 1 || matmulSize < 64) {
            throw reference.usageError("--iterations, --warmup and --threads must be at least 1");
        }
        for (String o : optimizers) {
            if (!o.equals("lbfgs") && !o.equals("adam")) {
                throw reference.usageError("--optimizers: lbfgs or adam, got " + o);
            }
        }
        for (int s : sizes) {
            if (s < 16) {
                throw reference.usageError("--sizes must be at least 16, got " + s);
            }
        }
    }

    private List<String> workerCommand(List<String> common, String opt, Path vggDir) {
        List<String> args = new ArrayList<>(List.of("gatys-worker", "--optimizer", opt, "--vgg", vggDir.toString()));
        args.addAll(common);
        return BenchSupport.workerCommand(reference.threads, args);
    }

    private List<String> pythonCommand(Path script, List<String> common, String opt, Path vggDir) {
        List<String> cmd = new ArrayList<>(List.of(reference.python, script.toString(), "--optimizer", opt, "--vgg",
            vggDir.toString(), "--threads", String.valueOf(reference.threads)));
        cmd.addAll(common);
        return cmd;
    }
}
