package dev.easel.bench;

import ai.djl.ndarray.NDManager;
import dev.easel.engine.Engines;
import dev.easel.image.Picture;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.nets.Architecture;
import dev.easel.nets.ParamSet;
import dev.easel.nets.TransformerNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
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

    @Mixin
    ReferenceOptions reference;

    @Option(names = "--model", arity = "1..*", paramLabel = "NAME|PATH",
        description = "Trained model(s) to run (a name from 'easel models' or a .json card). Default: freshly initialised weights for each --arch.")
    List<String> models;

    @Option(names = "--arch", split = ",", paramLabel = "NAME", description = "Architectures, without --model (default: johnson,half,compact).")
    List<String> archs;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Square image sides.")
    List<Integer> sizes = List.of(256, 512, 1024);

    @Mixin
    PassOptions passes;

    /** One network to run: its label in the table and its model card. */
    record Network(String label, Path card) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        return RealtimeRow.report(measure(), reference);
    }

    /** Checks the options and times every network at every size. */
    Measured<RealtimeRow> measure() throws IOException, InterruptedException {
        List<Architecture> architectures = validate();
        String torchVersion = reference.torchVersion(System.err);
        Path script = reference.script("realtime_bench.py", torchVersion != null);
        try (PassComparison comparison = new PassComparison("realtime-worker", reference, passes.repeats, torchVersion, script)) {
            List<Network> networks = models != null ? trainedModels() : initialised(architectures, comparison.work());
            Picture photo = BenchSupport.givenOrShared(passes.content, BenchSupport.PHOTO, "a synthetic input (timings do not depend on the pixels)");
            comparison.writeInputs(photo != null ? photo : syntheticPicture(512, 512), sizes);
            for (Network n : networks) {
                Architecture arch = Architecture.named(ModelFile.readCard(n.card()).architecture());
                for (int size : sizes) {
                    comparison.run(n.label(), n.card(), size, RealtimeFlops.forwardFlops(arch, size, size), List.of());
                }
            }
            return comparison.measured(String.format(Locale.ROOT, "easel bench realtime: median of %d timed passes after 1 warm-up, "
                    + "whole image, %d threads, %d cores; weights: %s; PyTorch %s", passes.repeats, reference.threads,
                Runtime.getRuntime().availableProcessors(), models != null ? "trained models" : "initialised (seed " + SEED + ", untrained)",
                torchVersion == null ? "skipped" : torchVersion));
        }
    }

    private List<Architecture> validate() {
        if (passes.repeats < 1 || reference.threads < 1) {
            throw reference.usageError("--repeats and --threads must be at least 1");
        }
        for (int s : sizes) {
            if (s < 16) { // smaller leaves the residual level too small for its reflection padding
                throw reference.usageError("--sizes must be at least 16, got " + s);
            }
        }
        if (models != null && archs != null) {
            throw reference.usageError("--arch is taken from each --model's card; give one or the other");
        }
        try {
            return (archs != null ? archs : List.of("johnson", "half", "compact")).stream().map(Architecture::named).toList();
        } catch (IllegalArgumentException e) {
            throw reference.usageError("--arch: " + e.getMessage());
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

    /** Where there is no photo: a deterministic pattern (the timings do not depend on the pixels). */
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
