package dev.easel.bench;

import java.util.List;
import java.util.Locale;

import static dev.easel.bench.BenchSupport.fmt;
import static dev.easel.bench.BenchSupport.num;
import static dev.easel.bench.BenchSupport.ratio;

/**
 * One configuration (size x optimizer) of {@code bench gatys}, with the derived ratios.
 *
 * @param easel   Easel's result, or null if its run failed
 * @param pytorch PyTorch's result, or null if skipped or failed
 * @param flops   FLOPs of one evaluation (forward + input backward to conv3_2)
 * @param peakGflops measured matmul peak
 * @param load1   1-minute load average when the configuration started (the machine is shared)
 */
public record BenchRow(int longSide, int width, int height, String optimizer, BenchResult easel, BenchResult pytorch,
                       double flops, double peakGflops, double load1) {
    /** Agreement threshold for the step-0 losses (float32 through two libtorch versions). */
    static final double LOSS_TOLERANCE = 1e-4;

    /** WxH, and HxW too where they differ, since sizes are often quoted as HxW (e.g. "384x512"). */
    public String label() {
        return width + "x" + height + (width != height ? " (=" + height + "x" + width + " HxW)" : "");
    }

    public double timeRatio() {
        return easel == null || pytorch == null ? Double.NaN : easel.medianMs() / pytorch.medianMs();
    }

    public double rssRatio() {
        return easel == null || pytorch == null ? Double.NaN : (double) easel.vmhwmKb() / pytorch.vmhwmKb();
    }

    public double floorMs() {
        return flops / (peakGflops * 1e9) * 1e3;
    }

    /** Easel's time per evaluation over the floor (per evaluation, so L-BFGS line searches do not count against it). */
    public double easelOverFloor() {
        return easel == null ? Double.NaN : easel.medianMs() / easel.evaluationsPerIteration() / floorMs();
    }

    public double lossRelativeDifference() {
        return easel == null || pytorch == null ? Double.NaN
            : Math.abs(easel.loss0() - pytorch.loss0()) / Math.max(Math.abs(pytorch.loss0()), Double.MIN_NORMAL);
    }

    /** The human-readable table. */
    public static String table(List<BenchRow> rows) {
        StringBuilder b = new StringBuilder();
        String head = "%-24s %-6s %11s %8s %13s %8s %10s %12s %7s %11s %11s%n";
        b.append(String.format(Locale.ROOT, head, "size WxH", "optim", "Easel ms/it", "evals/it", "PyTorch ms/it",
            "time E/P", "Easel RSS", "PyTorch RSS", "RSS E/P", "floor ms/ev", "Easel/floor"));
        for (BenchRow r : rows) {
            b.append(String.format(Locale.ROOT, "%-24s %-6s %11s %8s %13s %8s %10s %12s %7s %11.1f %11s%n",
                r.label(), r.optimizer(),
                r.easel == null ? "failed" : r.easel.iterMs().isEmpty() ? "stopped" : fmt("%.1f", r.easel.medianMs()),
                r.easel == null || r.easel.iterMs().isEmpty() ? "-" : fmt("%.2f", r.easel.evaluationsPerIteration()),
                r.pytorch == null ? "-" : fmt("%.1f", r.pytorch.medianMs()),
                ratio(r.timeRatio()),
                r.easel == null ? "-" : fmt("%.0f MB", r.easel.vmhwmMb()),
                r.pytorch == null ? "-" : fmt("%.0f MB", r.pytorch.vmhwmMb()),
                ratio(r.rssRatio()), r.floorMs(), ratio(r.easelOverFloor())));
        }
        for (BenchRow r : rows) {
            for (BenchResult x : new BenchResult[] {r.easel, r.pytorch}) {
                if (x != null && !x.stop().equals("iterations")) {
                    b.append(String.format("note: %s %s %s stopped early (%s); %d timed iterations%n", x.impl(),
                        r.optimizer(), r.label(), x.stop(), x.iterMs().size()));
                }
            }
        }
        b.append(String.format("%nstep-0 loss (at the photo; same objective => agree to ~1e-5 relative):%n"));
        for (BenchRow r : rows) {
            double d = r.lossRelativeDifference();
            b.append(String.format(Locale.ROOT, "  %-24s %-6s Easel %-14s PyTorch %-14s rel diff %s%n", r.label(),
                r.optimizer(), r.easel == null ? "-" : fmt("%.7g", r.easel.loss0()),
                r.pytorch == null ? "-" : fmt("%.7g", r.pytorch.loss0()),
                Double.isNaN(d) ? "-" : fmt("%.1e", d) + (d <= LOSS_TOLERANCE ? " ok" : " MISMATCH")));
        }
        return b.toString();
    }

    /** Machine-readable: one line per configuration, empty cells for what did not run. */
    public static String csv(List<BenchRow> rows) {
        StringBuilder b = new StringBuilder("long_side,width,height,optimizer,easel_ms_per_iter,easel_evals_per_iter,"
            + "easel_vmhwm_mb,pytorch_ms_per_iter,pytorch_evals_per_iter,pytorch_vmhwm_mb,time_ratio,rss_ratio,"
            + "eval_gflop,peak_gflops,floor_ms_per_eval,easel_over_floor,easel_loss0,pytorch_loss0,loss0_rel_diff,"
            + "timed_iterations,libtorch_easel,torch_pytorch,load1,easel_stop\n");
        for (BenchRow r : rows) {
            BenchResult e = r.easel;
            BenchResult p = r.pytorch;
            b.append(String.join(",", String.valueOf(r.longSide), String.valueOf(r.width), String.valueOf(r.height),
                r.optimizer, e == null ? "" : num(e.medianMs()), e == null ? "" : num(e.evaluationsPerIteration()),
                e == null ? "" : num(e.vmhwmMb()), p == null ? "" : num(p.medianMs()),
                p == null ? "" : num(p.evaluationsPerIteration()), p == null ? "" : num(p.vmhwmMb()),
                num(r.timeRatio()), num(r.rssRatio()), num(r.flops / 1e9), num(r.peakGflops), num(r.floorMs()),
                num(r.easelOverFloor()), e == null ? "" : num(e.loss0()), p == null ? "" : num(p.loss0()),
                num(r.lossRelativeDifference()), e == null ? "" : String.valueOf(e.iterMs().size()),
                e == null ? "" : e.version(), p == null ? "" : p.version(), num(r.load1),
                e == null ? "" : e.stop())).append('\n');
        }
        return b.toString();
    }
}
