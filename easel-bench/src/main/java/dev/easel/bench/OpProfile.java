package dev.easel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a pass's time goes, from libtorch's profiler trace (Chrome trace JSON, as DJL's {@code JniUtils.stopProfile}
 * writes it): the self-contained time of each top-level {@code aten::} operation, summed by name. An operation
 * inside another on the same thread (a convolution's own {@code aten::mkldnn_convolution}) counts in its caller.
 */
record OpProfile(List<OpTime> ops, int passes) {
    /** One operation's total over the profiled passes, in microseconds, and how often it ran. */
    record OpTime(String name, double micros, int calls) {
    }

    static OpProfile read(Path trace, int passes) throws IOException {
        JsonNode root = new ObjectMapper().readTree(trace.toFile());
        JsonNode events = root.isArray() ? root : root.path("traceEvents");
        List<JsonNode> ops = new ArrayList<>();
        events.forEach(e -> {
            if ("X".equals(e.path("ph").asText()) && e.path("name").asText().startsWith("aten::")) {
                ops.add(e);
            }
        });
        ops.sort(Comparator.comparing((JsonNode e) -> e.path("tid").asText()).thenComparingDouble(e -> e.path("ts").asDouble()));
        Map<String, double[]> byName = new HashMap<>();
        Map<String, Double> busyUntil = new HashMap<>();
        for (JsonNode e : ops) {
            String thread = e.path("tid").asText();
            double start = e.path("ts").asDouble();
            double duration = e.path("dur").asDouble();
            if (start < busyUntil.getOrDefault(thread, Double.NEGATIVE_INFINITY)) {
                continue; // nested in the operation before it
            }
            busyUntil.put(thread, start + duration);
            double[] sum = byName.computeIfAbsent(e.path("name").asText(), k -> new double[2]);
            sum[0] += duration;
            sum[1]++;
        }
        List<OpTime> times = new ArrayList<>();
        byName.forEach((name, sum) -> times.add(new OpTime(name, sum[0], (int) sum[1])));
        times.sort(Comparator.comparingDouble(OpTime::micros).reversed());
        return new OpProfile(times, passes);
    }

    double totalMsPerPass() {
        return totalMicros() / 1000 / passes;
    }

    private double totalMicros() {
        return ops.stream().mapToDouble(OpTime::micros).sum();
    }

    /** The table: each operation's ms per pass, its share of the sum, and calls per pass; the rest in one line. */
    List<String> table(int rows) {
        double total = totalMicros();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-30s %10s %7s %10s", "operation", "ms/pass", "share", "calls/pass"));
        double shown = 0;
        for (OpTime op : ops.subList(0, Math.min(rows, ops.size()))) {
            lines.add(String.format("%-30s %10.1f %6.1f%% %10.0f", op.name(), op.micros() / 1000 / passes,
                100 * op.micros() / total, (double) op.calls() / passes));
            shown += op.micros();
        }
        if (ops.size() > rows) {
            lines.add(String.format("%-30s %10.1f %6.1f%%", "other operations (" + (ops.size() - rows) + ")", (total - shown) / 1000 / passes,
                100 * (total - shown) / total));
        }
        lines.add(String.format("%-30s %10.1f", "all top-level operations", totalMsPerPass()));
        return lines;
    }
}
