package dev.easel.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What one {@code bench realtime} child (an Easel worker JVM or realtime_bench.py) reports.
 *
 * @param impl       "easel" or "pytorch"
 * @param version    engine version (libtorch of DJL, or Python torch)
 * @param arch       architecture name from the model card
 * @param size       image size as WxH
 * @param ms         wall time of each timed forward pass (warm-up excluded)
 * @param vmhwmKb    the process's peak resident set size (VmHWM), KiB
 * @param maxAbsDiff PyTorch only: largest |PyTorch - Easel| output value on the 0..255 scale; NaN if not compared
 */
public record RealtimeResult(String impl, String version, String arch, String size, List<Double> ms, long vmhwmKb,
                             double maxAbsDiff) {
    public RealtimeResult {
        ms = List.copyOf(ms);
    }

    public double medianMs() {
        return BenchResult.median(ms);
    }

    public double vmhwmMb() {
        return vmhwmKb / 1024.0;
    }

    public String toLine() {
        return BenchSupport.resultLine("impl", impl, "version", version, "arch", arch, "size", size, "ms", ms, "vmhwm_kb", vmhwmKb,
            "max_abs_diff", Double.isNaN(maxAbsDiff) ? null : maxAbsDiff);
    }

    public static RealtimeResult parse(String output) {
        return BenchSupport.parseResult(output, n -> {
            JsonNode diff = n.path("max_abs_diff");
            return new RealtimeResult(n.required("impl").asText(), n.path("version").asText(""), n.required("arch").asText(),
                n.required("size").asText(), BenchSupport.numbers(n, "ms"), n.required("vmhwm_kb").asLong(),
                diff.isNumber() ? diff.asDouble() : Double.NaN);
        });
    }
}
