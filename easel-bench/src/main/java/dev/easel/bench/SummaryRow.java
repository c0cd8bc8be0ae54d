package dev.easel.bench;

import java.util.List;
import java.util.Locale;

import static dev.easel.bench.BenchSupport.cell;
import static dev.easel.bench.BenchSupport.num;
import static dev.easel.bench.BenchSupport.ratio;

/**
 * One line of {@code bench summary}: a path (a Gatys iteration, a network pass, a video frame) at one size, Easel's
 * and PyTorch's time and peak memory. NaN where a side did not run or has no counterpart.
 *
 * @param path  what was timed, e.g. "gatys L-BFGS iteration", "realtime compact", "arbitrary adain"
 * @param size  WxH
 * @param load1 1-minute load average when it started
 */
public record SummaryRow(String path, String size, double easelMs, double pytorchMs, double easelRssMb, double pytorchRssMb,
                         double load1) {
    /** A Gatys configuration: ms per optimizer iteration. */
    static SummaryRow of(BenchRow r) {
        return new SummaryRow("gatys " + (r.optimizer().equals("lbfgs") ? "L-BFGS" : "Adam") + " iteration", r.width() + "x" + r.height(),
            r.easel() == null || r.easel().iterMs().isEmpty() ? Double.NaN : r.easel().medianMs(),
            r.pytorch() == null ? Double.NaN : r.pytorch().medianMs(), r.easel() == null ? Double.NaN : r.easel().vmhwmMb(),
            r.pytorch() == null ? Double.NaN : r.pytorch().vmhwmMb(), r.load1());
    }

    /** A network pass of {@code bench realtime} or {@code bench arbitrary}, under its family's name. */
    static SummaryRow of(String family, RealtimeRow r) {
        return new SummaryRow(family + " " + r.network(), r.size() + "x" + r.size(), r.easel() == null ? Double.NaN : r.easel().medianMs(),
            r.pytorch() == null ? Double.NaN : r.pytorch().medianMs(), r.easel() == null ? Double.NaN : r.easel().vmhwmMb(),
            r.pytorch() == null ? Double.NaN : r.pytorch().vmhwmMb(), r.load1());
    }

    /** A whole video run, as ms per frame end to end (PyTorch has no counterpart: no decoder or encoder). */
    static SummaryRow of(String model, VideoBench.Row r) {
        return new SummaryRow("video end to end, " + model + (r.temporal() > 0 ? ", temporal " + r.temporal() : ""), r.size(),
            1000 / r.result().fps(), Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public double timeRatio() {
        return easelMs / pytorchMs;
    }

    public double rssRatio() {
        return easelRssMb / pytorchRssMb;
    }

    public static String table(List<SummaryRow> rows) {
        String line = "%-44s %-9s %9s %10s %8s %9s %11s %7s%n";
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, line, "path", "size", "Easel ms", "PyTorch ms", "time E/P",
            "Easel RSS", "PyTorch RSS", "RSS E/P"));
        for (SummaryRow r : rows) {
            b.append(String.format(Locale.ROOT, line, r.path, r.size, cell("%.1f", r.easelMs), cell("%.1f", r.pytorchMs),
                ratio(r.timeRatio()), cell("%.0f MB", r.easelRssMb), cell("%.0f MB", r.pytorchRssMb), ratio(r.rssRatio())));
        }
        return b.toString();
    }

    public static String csv(List<SummaryRow> rows) {
        StringBuilder b = new StringBuilder("path,size,easel_ms,pytorch_ms,time_ratio,easel_vmhwm_mb,pytorch_vmhwm_mb,rss_ratio,load1\n");
        for (SummaryRow r : rows) {
            b.append(String.join(",", RealtimeRow.csvText(r.path), r.size, num(r.easelMs), num(r.pytorchMs), num(r.timeRatio()),
                num(r.easelRssMb), num(r.pytorchRssMb), num(r.rssRatio()), num(r.load1))).append('\n');
        }
        return b.toString();
    }
}
