package dev.easel.bench.quality;

import dev.easel.bench.BenchSupport;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The printed table and the CSV of {@code bench schedule}: each schedule's losses as ratios to the first's. */
final class ScheduleReport {
    private ScheduleReport() {
    }

    static String table(List<ScheduleResult> results, List<GatysSchedule> plans, int size) {
        String baseline = plans.get(0).text();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Gatys schedules at %d px against %s: ratios of the final 8-bit"
            + " picture's losses, geometric mean over photo x painting pairs (worst pair in brackets); below 1 is better%n", size, baseline));
        sb.append(String.format(Locale.ROOT, "%-18s %5s %9s %16s %16s %16s %16s %16s%n", "schedule", "pairs", "seconds",
            "content+style", "content", "style x1", "x1/2", "x1/4"));
        for (GatysSchedule plan : plans) {
            List<ScheduleResult> mine = results.stream().filter(r -> r.schedule().equals(plan.text())).toList();
            List<ScheduleResult> base = mine.stream().map(r -> baselineOf(results, baseline, r)).toList();
            double seconds = mine.stream().mapToDouble(ScheduleResult::seconds).average().orElse(Double.NaN);
            sb.append(String.format(Locale.ROOT, "%-18s %5d %9s %16s %16s %16s %16s %16s%n", plan.text(), mine.size(),
                Double.isNaN(seconds) ? "cached" : String.format(Locale.ROOT, "%.1f", seconds),
                ratio(mine, base, ScheduleResult::objective), ratio(mine, base, r -> r.losses().content()),
                ratio(mine, base, r -> r.losses().styleFull()), ratio(mine, base, r -> r.losses().styleHalf()),
                ratio(mine, base, r -> r.losses().styleQuarter())));
        }
        return sb.toString();
    }

    static String csv(List<ScheduleResult> results) {
        StringBuilder sb = new StringBuilder("schedule,photo,style,seconds,evaluations,content_loss,style_loss,style_loss_half,style_loss_quarter,edges\n");
        for (ScheduleResult r : results) {
            ScaledLosses l = r.losses();
            sb.append(String.join(",", r.schedule(), r.photo(), r.style(), BenchSupport.num(r.seconds()), r.evaluations(), BenchSupport.num(l.content()),
                BenchSupport.num(l.styleFull()), BenchSupport.num(l.styleHalf()), BenchSupport.num(l.styleQuarter()),
                BenchSupport.num(l.edges()))).append('\n');
        }
        return sb.toString();
    }

    private static ScheduleResult baselineOf(List<ScheduleResult> results, String baseline, ScheduleResult r) {
        return results.stream().filter(b -> b.schedule().equals(baseline) && b.photo().equals(r.photo()) && b.style().equals(r.style()))
            .findFirst().orElseThrow();
    }

    /** "0.987 (1.052)": the geometric mean of mine / base over the pairs, and the largest. */
    private static String ratio(List<ScheduleResult> mine, List<ScheduleResult> base, ToDoubleFunction<ScheduleResult> loss) {
        double logSum = 0;
        double worst = 0;
        for (int i = 0; i < mine.size(); i++) {
            double q = loss.applyAsDouble(mine.get(i)) / loss.applyAsDouble(base.get(i));
            logSum += Math.log(q);
            worst = Math.max(worst, q);
        }
        return String.format(Locale.ROOT, "%.3f (%.3f)", Math.exp(logSum / mine.size()), worst);
    }
}
