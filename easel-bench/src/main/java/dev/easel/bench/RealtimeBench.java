package dev.easel.bench;

import ai.djl.ndarray.NDManager;
import dev.easel.EaselException;
import dev.easel.engine.Engines;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.nets.Architecture;
import dev.easel.nets.ParamSet;
import dev.easel.nets.TransformerNet;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code easel bench realtime}: ms per image and peak memory of one whole-image pass of the real-time
 * network, against the same network in plain PyTorch on the same weights and pixels. Each configuration
 * runs in its own child process ({@link RealtimeWorker}, or easel-bench/pytorch/realtime_bench.py); PyTorch also
 * checks its output against Easel's, which validates the reference before its timings are compared.
 */
@Command(name = "realtime", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Time one real-time network pass per image (Easel vs PyTorch) and report peak memory and GFLOP/s.")
public final class RealtimeBench implements Callable<Integer> {
    /** Fixed so that runs are comparable; the timing does not depend on the values. */
    static final long SEED = 0;

    @Spec
    CommandSpec spec;

    @Mixin
    ReferenceOptions reference;

    @Option(names = "--model", arity = "1..*", paramLabel = "NAME|PATH",
        description = "Trained model(s) to run (a name from 'easel models' or a .json card). Default: freshly initialised weights for each --arch.")
    List<String> models;

    @Option(names = "--arch", split = ",", paramLabel = "NAME", description = "Architectures, without --model (default: johnson,half,compact).")
    List<String> archs;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Square image sides.")
    List<Integer> sizes = List.of(256, 512, 1024);

    @Option(names = "--repeats", paramLabel = "N", description = "Timed passes per configuration (after 1 warm-up); the median is reported.")
    int repeats = 5;

    @Option(names = "--content", paramLabel = "FILE",
        description = "Input photo, resized to each square size (default: $EASEL_SHARED/images/content/tubingen.jpg, else a synthetic pattern).")
    Path content;

    /** One network to run: its label in the table and its model card. */
    record Network(String label, Path card) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Architecture> architectures = validate();
        PrintStream err = System.err;
        String torchVersion = reference.torchVersion(err);
        Path script = reference.script("realtime_bench.py", torchVersion != null);
        String loadBefore = BenchSupport.loadAverage();

        Path work = Files.createTempDirectory("easel-bench-realtime");
        List<RealtimeRow> rows = new ArrayList<>();
        boolean failed = false;
        try {
            List<Network> networks = models != null ? trainedModels() : initialised(architectures, work);
            Picture photo = inputPhoto(err);
            for (int size : sizes) {
                // Resized once here, in Java: both implementations then see exactly the same pixels.
                GatysWorker.writeRaw(work.resolve("input-" + size + ".f32"), Resizer.resize(photo, size, size));
            }
            for (Network n : networks) {
                Architecture arch = Architecture.named(ModelFile.readCard(n.card()).architecture());
                for (int size : sizes) {
                    String wxh = size + "x" + size;
                    Path input = work.resolve("input-" + size + ".f32");
                    Path output = work.resolve("easel-output.f32");
                    double load = BenchSupport.loadOneMinute();
                    err.printf("easel   %-22s %s ...%n", n.label(), wxh);
                    RealtimeResult easel = BenchSupport.runChild("easel", BenchSupport.workerCommand(reference.threads,
                        List.of("realtime-worker", "--model", n.card().toString(), "--input", input.toString(), "--size", wxh,
                            "--repeats", String.valueOf(repeats), "--output", output.toString())), RealtimeResult::parse);
                    RealtimeResult torch = null;
                    if (torchVersion != null) {
                        err.printf("pytorch %-22s %s ...%n", n.label(), wxh);
                        List<String> cmd = new ArrayList<>(List.of(reference.python, script.toString(), "--card", n.card().toString(),
                            "--input", input.toString(), "--size", wxh, "--repeats", String.valueOf(repeats),
                            "--threads", String.valueOf(reference.threads)));
                        if (easel != null) {
                            cmd.addAll(List.of("--expect", output.toString()));
                        }
                        torch = BenchSupport.runChild("pytorch", cmd, RealtimeResult::parse);
                    }
                    Files.deleteIfExists(output);
                    failed |= easel == null || (torchVersion != null && torch == null);
                    rows.add(new RealtimeRow(n.label(), size, easel, torch, RealtimeFlops.forwardFlops(arch, size, size), load));
                }
            }
        } finally {
            BenchSupport.deleteTree(work);
        }

        String heading = String.format(Locale.ROOT, "easel bench realtime: median of %d timed passes after 1 warm-up, whole image, "
                + "%d threads, %d cores; weights: %s; PyTorch %s", repeats, reference.threads, Runtime.getRuntime().availableProcessors(),
            models != null ? "trained models" : "initialised (seed " + SEED + ", untrained)",
            torchVersion == null ? "skipped" : torchVersion);
        return RealtimeRow.report(heading, loadBefore, rows, failed, reference);
    }

    private List<Architecture> validate() {
        if (repeats < 1 || reference.threads < 1) {
            throw new ParameterException(spec.commandLine(), "--repeats and --threads must be at least 1");
        }
        for (int s : sizes) {
            if (s < 16) { // smaller leaves the residual level too small for its reflection padding
                throw new ParameterException(spec.commandLine(), "--sizes must be at least 16, got " + s);
            }
        }
        if (models != null && archs != null) {
            throw new ParameterException(spec.commandLine(), "--arch is taken from each --model's card; give one or the other");
        }
        try {
            return (archs != null ? archs : List.of("johnson", "half", "compact")).stream().map(Architecture::named).toList();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--arch: " + e.getMessage());
        }
    }

    private List<Network> trainedModels() {
        ModelRegistry registry = ModelRegistry.standard();
        List<Network> networks = new ArrayList<>();
        for (String m : models) {
            Path card = registry.find(m).toAbsolutePath();
            ModelCard c = ModelFile.readCard(card);
            networks.add(new Network(c.name() + " (" + c.architecture() + ")", card));
        }
        return networks;
    }

    /**
     * Untrained networks, initialised as training starts them and saved as model files: the Easel worker
     * and PyTorch then load exactly the same (fp16-rounded) weights through the ordinary model format.
     */
    private static List<Network> initialised(List<Architecture> architectures, Path work) {
        List<Network> networks = new ArrayList<>();
        try (NDManager m = Engines.manager()) {
            for (Architecture a : architectures) {
                try (ParamSet params = new ParamSet(m)) {
                    new TransformerNet(a).initialize(params, SEED);
                    Path card = work.resolve(a.name() + ".json");
                    ModelFile.save(card, new ModelCard(ModelCard.FORMAT, "realtime", "bench-" + a.name(), a.name(), List.of(),
                        "none: initialised, not trained (seed " + SEED + ")", 0, 0, Map.of(), "easel bench realtime", Map.of(),
                        null, null), params);
                    networks.add(new Network(a.name(), card));
                }
            }
        }
        return networks;
    }

    /** A real photo where there is one (realistic statistics); else a deterministic pattern. */
    private Picture inputPhoto(PrintStream err) {
        Path photo = content != null ? content : VggLocator.sharedDirectory().resolve("images/content/tubingen.jpg");
        if (content != null || Files.isRegularFile(photo)) {
            return ImageReader.read(photo);
        }
        err.println("note: no " + photo + "; using a synthetic input (timings do not depend on the pixels)");
        return syntheticPicture(512, 512);
    }

    static Picture syntheticPicture(int width, int height) {
        float[] data = new float[3 * width * height];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double v = 127.5 + 80 * Math.sin(0.05 * x + 2 * c) * Math.cos(0.03 * y) + ((x / 32 + y / 32) % 2 == 0 ? 40 : -40);
                    data[(c * height + y) * width + x] = (float) v;
                }
            }
        }
        return new Picture(width, height, data);
    }
}
