package dev.easel.bench.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The means over photos that {@code bench quality} prints: per model and painting, and per model. */
final class QualitySummary {
    private QualitySummary() {
    }

    /** One model and painting: means over its photos (NaN where any photo's value is NaN). */
    record Painting(String model, String style, int photos, double[] logShare, double contentRatio, double edges,
                    double gatysEdges, double linearShare, double reduction, double networkMs, double identified) {
    }

    /**
     * One model: means over all its rows, the painting with the lowest mean x1 log-share (empty where none
     * is finite), and the identified fraction over all its judged outputs.
     */
    record Model(String model, int rows, double[] logShare, double contentRatio, double edges, double gatysEdges,
                 double linearShare, double reduction, Optional<Painting> worst, double identified) {
    }

    /** Per model and painting, in the order the rows came. */
    static List<Painting> byPainting(List<QualityRow> rows) {
        Map<List<String>, List<QualityRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(List.of(r.model(), r.style()), k -> new ArrayList<>()).add(r));
        List<Painting> out = new ArrayList<>();
        groups.forEach((key, mine) -> out.add(new Painting(key.get(0), key.get(1), mine.size(), logShares(mine),
            mean(mine, QualityRow::contentRatio), mean(mine, QualityRow::edges), mean(mine, QualityRow::gatysEdges),
            mean(mine, QualityRow::linearShare), mean(mine, QualityRow::reduction), mean(mine, QualityRow::networkMs), Identification.fraction(mine.stream().map(QualityRow::identified).toList()))));
        return out;
    }

    /** Per model, in the order the rows came. */
    static List<Model> byModel(List<QualityRow> rows) {
        List<Painting> paintings = byPainting(rows);
        return rows.stream().map(QualityRow::model).distinct().map(model -> {
            List<QualityRow> mine = rows.stream().filter(r -> r.model().equals(model)).toList();
            Optional<Painting> worst = paintings.stream().filter(p -> p.model().equals(model) && Double.isFinite(p.logShare()[0]))
                .min(Comparator.comparingDouble(p -> p.logShare()[0]));
            return new Model(model, mine.size(), logShares(mine), mean(mine, QualityRow::contentRatio),
                mean(mine, QualityRow::edges), mean(mine, QualityRow::gatysEdges), mean(mine, QualityRow::linearShare), mean(mine, QualityRow::reduction), worst,
                Identification.fraction(mine.stream().map(QualityRow::identified).toList()));
        }).toList();
    }

    private static double[] logShares(List<QualityRow> rows) {
        double[] out = new double[ScaledStyleLoss.DIVISORS.length];
        for (int s = 0; s < out.length; s++) {
            int scale = s;
            out[s] = mean(rows, r -> r.logShare(scale));
        }
        return out;
    }

    /** The plain mean: a NaN (a pair without Gatys, or where Gatys did not lower the loss) shows, not hides. */
    private static double mean(List<QualityRow> rows, ToDoubleFunction<QualityRow> value) {
        return rows.stream().mapToDouble(value).average().orElse(Double.NaN);
    }
}
