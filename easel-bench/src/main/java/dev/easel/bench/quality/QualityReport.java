package dev.easel.bench.quality;

import dev.easel.bench.BenchSupport;

import java.util.List;
import java.util.Locale;

/** The printed table and the CSV of {@code bench quality}. */
final class QualityReport {
    /** The CSV header; EarlierGatysLosses reads the Gatys columns back. */
    static final String CSV_HEADER = "model,style,photo,"
        + "photo_style_loss,network_style_loss,gatys_style_loss,"
        + "photo_style_loss_half,network_style_loss_half,gatys_style_loss_half,"
        + "photo_style_loss_quarter,network_style_loss_quarter,gatys_style_loss_quarter,"
        + "network_content_loss,gatys_content_loss,"
        + "log_share,log_share_half,log_share_quarter,content_ratio,share,network_ms,identified,network_edges,gatys_edges";

    private QualityReport() {
    }

    static String table(List<QualityRow> rows, int size, int iterations, boolean noGatys) {
        StringBuilder sb = new StringBuilder();
        sb.append(noGatys
            ? String.format(Locale.ROOT, "style loss at %d px, no Gatys: removed = 1 - network / photo (x1); means over photos%n", size)
            : String.format(Locale.ROOT, "style loss at %d px (Gatys: %d L-BFGS iterations); means over photos of%n"
                + "  log-share = ln(photo / network) / ln(photo / Gatys) with picture and painting at x1, x1/2, x1/4;%n"
                + "  content = network / Gatys content loss; edges = network's (Gatys') edge agreement with the photo"
                + " (luminance gradients at x1/2, correlation; blind to colour);%n  linear = (photo - network) / (photo - Gatys); removed = 1 - network / photo%n",
            size, iterations));
        sb.append(String.format(Locale.ROOT, "%-16s %-26s %6s %6s %6s %6s %7s %11s %6s %7s %7s %s%n", "model", "style", "photos",
            "log x1", "x1/2", "x1/4", "content", "edges (G.)", "linear", "removed", "net ms", "identified"));
        for (QualitySummary.Painting p : QualitySummary.byPainting(rows)) {
            sb.append(String.format(Locale.ROOT, "%-16s %-26s %6d %6s %6s %6s %7s %11s %6s %7s %7.0f %s%n", p.model(), p.style(),
                p.photos(), decimal(p.logShare()[0]), decimal(p.logShare()[1]), decimal(p.logShare()[2]),
                decimal(p.contentRatio()), edgePair(p.edges(), p.gatysEdges()), percent(p.linearShare()), percent(p.reduction()), p.networkMs(), percent(p.identified())));
        }
        for (QualitySummary.Model m : QualitySummary.byModel(rows)) {
            sb.append(String.format(Locale.ROOT, "%-16s %d pair(s): log-share %s / %s / %s (x1 / x1/2 / x1/4), worst x1 %s, "
                    + "content %s, edges %s, linear %s, removed %s, identified %s%n", m.model(), m.rows(), decimal(m.logShare()[0]),
                decimal(m.logShare()[1]), decimal(m.logShare()[2]),
                m.worst().map(p -> decimal(p.logShare()[0]) + " (" + p.style() + ")").orElse("-"), decimal(m.contentRatio()),
                edgePair(m.edges(), m.gatysEdges()),
                percent(m.linearShare()), percent(m.reduction()), percent(m.identified())));
        }
        return sb.toString();
    }

    static String csv(List<QualityRow> rows) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (QualityRow r : rows) {
            StringBuilder line = new StringBuilder(r.model() + "," + r.style() + "," + r.photo());
            for (int s = 0; s < ScaledStyleLoss.DIVISORS.length; s++) {
                line.append(',').append(BenchSupport.num(r.photoLoss().style(s))).append(',').append(BenchSupport.num(r.network().style(s)))
                    .append(',').append(BenchSupport.num(r.gatys().style(s)));
            }
            line.append(',').append(BenchSupport.num(r.network().content())).append(',').append(BenchSupport.num(r.gatys().content()));
            for (int s = 0; s < ScaledStyleLoss.DIVISORS.length; s++) {
                line.append(',').append(BenchSupport.num(r.logShare(s)));
            }
            line.append(',').append(BenchSupport.num(r.contentRatio())).append(',').append(BenchSupport.num(r.linearShare()))
                .append(',').append(String.format(Locale.ROOT, "%.1f", r.networkMs()))
                .append(',').append(r.identified() == null ? "" : r.identified())
                .append(',').append(BenchSupport.num(r.edges())).append(',').append(BenchSupport.num(r.gatysEdges()));
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** The network's edge agreement with Gatys' in brackets: "0.61 (0.55)". */
    static String edgePair(double network, double gatys) {
        return decimal(network) + " (" + decimal(gatys) + ")";
    }

    /** A log-share or ratio: 2 decimals, "-" where not measured. */
    static String decimal(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
