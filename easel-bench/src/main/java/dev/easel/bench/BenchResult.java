package dev.easel.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark child (an Easel worker JVM or the PyTorch script) reports: one line
 * {@code EASEL-BENCH {json}} on stdout, so logs and warnings around it do no harm.
 *
 * @param impl        "easel" or "pytorch"
 * @param version     engine version (libtorch of DJL, or Python torch)
 * @param size        image size as WxH
 * @param optimizer   "lbfgs" or "adam"
 * @param iterMs      wall time of each timed iteration (warm-up excluded)
 * @param evaluations objective evaluations (forward + backward) during the timed iterations
 * @param loss0       total loss at the photo (step 0), to check both compute the same objective
 * @param vmhwmKb     the process's peak resident set size (VmHWM), KiB
 * @param stop        why the optimizer stopped ("iterations" normally; e.g. "converged after 1 iterations")
 */
public record BenchResult(String impl, String version, String size, String optimizer, List<Double> iterMs,
                          int evaluations, double loss0, long vmhwmKb, String stop) {
    public static final String MARKER = BenchSupport.MARKER;

    public BenchResult {
        iterMs = List.copyOf(iterMs);
    }

    /** Median ms per timed iteration (robust to the odd slow iteration on a shared machine). */
    public double medianMs() {
        return median(iterMs);
    }

    public double evaluationsPerIteration() {
        return iterMs.isEmpty() ? Double.NaN : (double) evaluations / iterMs.size();
    }

    public double vmhwmMb() {
        return vmhwmKb / 1024.0;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The line a child prints. */
    public String toLine() {
        return BenchSupport.resultLine("impl", impl, "version", version, "size", size, "optimizer", optimizer, "iter_ms", iterMs,
            "evaluations", evaluations, "loss0", loss0, "vmhwm_kb", vmhwmKb, "stop", stop);
    }

    /** Finds the result line in a child's whole output; throws if there is none or it is malformed. */
    public static BenchResult parse(String output) {
        return BenchSupport.parseResult(output, n -> new BenchResult(n.required("impl").asText(), n.path("version").asText(""),
            n.required("size").asText(), n.required("optimizer").asText(), BenchSupport.numbers(n, "iter_ms"),
            n.required("evaluations").asInt(), n.required("loss0").asDouble(), n.required("vmhwm_kb").asLong(),
            n.path("stop").asText("iterations")));
    }
}
