package dev.easel.bench;

import dev.easel.cli.Main;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.easel.bench.BenchSupport.cell;
import static dev.easel.bench.BenchSupport.fmt;
import static dev.easel.bench.BenchSupport.num;
import static dev.easel.bench.BenchSupport.ratio;

/**
 * One configuration (network x size) of {@code bench realtime} or {@code bench arbitrary}, with the derived
 * ratios and rates.
 *
 * @param network "ARCH" for freshly initialised weights, "NAME (ARCH)" for a trained model
 * @param easel   Easel's result, or null if its run failed
 * @param pytorch PyTorch's result, or null if skipped or failed
 * @param flops   convolution FLOPs of one forward pass ({@link RealtimeFlops}), NaN where not counted
 * @param load1   1-minute load average when the configuration started (the machine is shared)
 */
public record RealtimeRow(String network, int size, RealtimeResult easel, RealtimeResult pytorch, double flops,
                          double load1) {
    /**
     * Largest output difference (0..255 scale) that still means "the same network": fp32 on both sides
     * differs only by summation order, ~1e-3 after 20 layers; a wrong layer gives differences of 1 or more.
     */
    static final double DIFF_TOLERANCE = 0.05;

    public double timeRatio() {
        return easel == null || pytorch == null ? Double.NaN : easel.medianMs() / pytorch.medianMs();
    }

    public double rssRatio() {
        return easel == null || pytorch == null ? Double.NaN : (double) easel.vmhwmKb() / pytorch.vmhwmKb();
    }

    /** Achieved GFLOP/s of a result: FLOPs over the median time in ns. */
    public double gflops(RealtimeResult r) {
        return r == null ? Double.NaN : flops / (r.medianMs() * 1e6);
    }

    public double maxAbsDiff() {
        return pytorch == null ? Double.NaN : pytorch.maxAbsDiff();
    }

    public static String table(List<RealtimeRow> rows) {
        StringBuilder b = new StringBuilder();
        String head = "%-22s %-9s %7s %9s %11s %8s %10s %12s %7s %8s %10s %9s%n";
        b.append(String.format(Locale.ROOT, head, "network", "size", "GFLOP", "Easel ms", "PyTorch ms", "time E/P",
            "Easel RSS", "PyTorch RSS", "RSS E/P", "Easel GF/s", "PyTorch GF/s", "max|diff|"));
        for (RealtimeRow r : rows) {
            b.append(String.format(Locale.ROOT, "%-22s %-9s %7s %9s %11s %8s %10s %12s %7s %8s %10s %9s%n",
                r.network, r.size + "x" + r.size, cell("%.1f", r.flops / 1e9),
                r.easel == null ? "failed" : fmt("%.1f", r.easel.medianMs()),
                r.pytorch == null ? "-" : fmt("%.1f", r.pytorch.medianMs()),
                ratio(r.timeRatio()),
                r.easel == null ? "-" : fmt("%.0f MB", r.easel.vmhwmMb()),
                r.pytorch == null ? "-" : fmt("%.0f MB", r.pytorch.vmhwmMb()),
                ratio(r.rssRatio()), cell("%.1f", r.gflops(r.easel)), cell("%.1f", r.gflops(r.pytorch)),
                cell("%.1e", r.maxAbsDiff())));
        }
        b.append(String.format(Locale.ROOT, "%nEasel vs PyTorch output, same weights and input, fp32 both sides: largest "
            + "|difference| on the 0..255 scale (same network => below %.2f):%n", DIFF_TOLERANCE));
        for (Map.Entry<String, Double> e : worstDiffByNetwork(rows).entrySet()) {
            double d = e.getValue();
            b.append(String.format(Locale.ROOT, "  %-22s %s%n", e.getKey(),
                Double.isNaN(d) ? "not compared" : fmt("%.2e", d) + (d < DIFF_TOLERANCE ? " ok" : " MISMATCH")));
        }
        return b.toString();
    }

    /** Per network, the largest difference over its sizes (NaN where none was compared). */
    static Map<String, Double> worstDiffByNetwork(List<RealtimeRow> rows) {
        Map<String, Double> worst = new LinkedHashMap<>();
        for (RealtimeRow r : rows) {
            double d = r.maxAbsDiff();
            worst.merge(r.network, d, (x, y) -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.max(x, y));
        }
        return worst;
    }

    /** True if some compared output differs by more than the tolerance (the reference is then not valid). */
    static boolean anyMismatch(List<RealtimeRow> rows) {
        return rows.stream().anyMatch(r -> r.maxAbsDiff() >= DIFF_TOLERANCE);
    }

    /**
     * The end of a bench run: the heading line, load averages, the table and the CSV; flags a mismatch.
     *
     * @return the exit code (1 when a child failed or PyTorch's output differed)
     */
    static int report(Measured<RealtimeRow> measured, ReferenceOptions reference) throws IOException {
        List<RealtimeRow> rows = measured.rows();
        PrintStream out = System.out;
        out.println(measured.heading());
        out.printf("load average before: %s; after: %s; Easel's allocator: %s (PyTorch: glibc malloc)%n%n", measured.loadBefore(),
            BenchSupport.loadAverage(), BenchSupport.allocator());
        out.print(table(rows));
        reference.writeCsv(csv(rows), System.err);
        boolean mismatch = anyMismatch(rows);
        if (mismatch) {
            System.err.println("ERROR: PyTorch's output differs from Easel's: the reference is not the same network, "
                + "so its timings are not comparable.");
        }
        return measured.failed() || mismatch ? Main.EXIT_FAILURE : 0;
    }

    public static String csv(List<RealtimeRow> rows) {
        StringBuilder b = new StringBuilder("network,arch,size,gflop,easel_ms,pytorch_ms,time_ratio,easel_vmhwm_mb,"
            + "pytorch_vmhwm_mb,rss_ratio,easel_gflops,pytorch_gflops,max_abs_diff,timed_passes,libtorch_easel,"
            + "torch_pytorch,load1\n");
        for (RealtimeRow r : rows) {
            RealtimeResult e = r.easel;
            RealtimeResult p = r.pytorch;
            String arch = e != null ? e.arch() : p != null ? p.arch() : "";
            b.append(String.join(",", csvText(r.network), arch, String.valueOf(r.size), num(r.flops / 1e9),
                e == null ? "" : num(e.medianMs()), p == null ? "" : num(p.medianMs()), num(r.timeRatio()),
                e == null ? "" : num(e.vmhwmMb()), p == null ? "" : num(p.vmhwmMb()), num(r.rssRatio()),
                num(r.gflops(e)), num(r.gflops(p)), num(r.maxAbsDiff()), e == null ? "" : String.valueOf(e.ms().size()),
                e == null ? "" : e.version(), p == null ? "" : p.version(), num(r.load1))).append('\n');
        }
        return b.toString();
    }

    /** Model names come from users: quote them if they could break the CSV. */
    static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
