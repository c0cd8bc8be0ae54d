package dev.easel.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Every request's kind, status and latency during a load test, and the summary printed at the end. */
final class LoadStats {
    /** One request: what it was (e.g. "POST /api/jobs"), its status (0: no response) and its latency. */
    record Sample(String kind, int status, long nanos) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    final AtomicInteger jobsDone = new AtomicInteger();
    final AtomicInteger jobsFailed = new AtomicInteger();

    void add(String kind, int status, long nanos) {
        samples.add(new Sample(kind, status, nanos));
    }

    List<Sample> all() {
        return new ArrayList<>(samples);
    }

    long count(java.util.function.Predicate<Sample> p) {
        return samples.stream().filter(p).count();
    }

    /** The report: throughput, latency percentiles overall and per kind, status counts. */
    String report(double seconds, int clients, long peakRssBytes) {
        List<Sample> all = all();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "clients %d, %.0f s, %d requests: %.1f requests/s; jobs done %d (%.1f/min), failed %d%n",
            clients, seconds, all.size(), all.size() / seconds, jobsDone.get(), jobsDone.get() * 60 / seconds, jobsFailed.get()));
        out.append(String.format(Locale.ROOT, "%-34s %7s %8s %8s %8s %8s%n", "latency (ms)", "n", "p50", "p95", "p99", "max"));
        out.append(row("all", all));
        Map<String, List<Sample>> byKind = new TreeMap<>();
        all.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        byKind.forEach((kind, list) -> out.append(row(kind, list)));
        Map<Integer, Integer> statuses = new TreeMap<>();
        all.forEach(s -> statuses.merge(s.status(), 1, Integer::sum));
        out.append("status counts: ").append(statuses).append(" (0 = no response)").append('\n');
        out.append(String.format(Locale.ROOT, "peak RSS of the server: %.0f MB%n", peakRssBytes / 1e6));
        return out.toString();
    }

    private static String row(String label, List<Sample> list) {
        long[] ms = list.stream().mapToLong(Sample::nanos).sorted().toArray();
        return String.format(Locale.ROOT, "%-34s %7d %8.1f %8.1f %8.1f %8.1f%n", label, ms.length, pct(ms, 50), pct(ms, 95),
            pct(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
