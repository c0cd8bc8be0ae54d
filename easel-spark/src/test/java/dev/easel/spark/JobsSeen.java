package dev.easel.spark;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the tasks of the Spark jobs that start between {@link #listen} and {@link #tasksSince}. Listener events arrive
 * late but in order, so both ends are marker jobs: jobs whose start is seen after the first marker ended and before
 * the second one started.
 */
final class JobsSeen extends SparkListener {
    private static final String FROM = "easel-test-from";
    private static final String UNTIL = "easel-test-until";
    private final Set<Integer> fromJobs = new HashSet<>();
    private final Set<Integer> watchedStages = new HashSet<>();
    private final AtomicInteger tasks = new AtomicInteger();
    private final CountDownLatch from = new CountDownLatch(1);
    private final CountDownLatch until = new CountDownLatch(1);
    private volatile boolean watching;

    static JobsSeen listen(SparkSession spark) throws InterruptedException {
        JobsSeen seen = new JobsSeen();
        spark.sparkContext().addSparkListener(seen);
        marker(spark, FROM);
        await(seen.from);
        return seen;
    }

    /** Tasks of the jobs started since {@link #listen} returned. */
    int tasksSince(SparkSession spark) throws InterruptedException {
        marker(spark, UNTIL);
        await(until);
        spark.sparkContext().removeSparkListener(this);
        return tasks.get();
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart start) {
        String description = start.properties().getProperty("spark.job.description");
        if (FROM.equals(description)) {
            fromJobs.add(start.jobId());
        } else if (UNTIL.equals(description)) {
            watching = false;
            until.countDown();
        } else if (watching) {
            start.stageIds().foreach(id -> watchedStages.add((Integer) id));
        }
    }

    @Override
    public synchronized void onJobEnd(SparkListenerJobEnd end) {
        if (fromJobs.contains(end.jobId()) && until.getCount() > 0) {
            watching = true;
            from.countDown();
        }
    }

    @Override
    public synchronized void onTaskStart(SparkListenerTaskStart start) {
        if (watchedStages.contains(start.stageId())) {
            tasks.incrementAndGet();
        }
    }
    private static void marker(SparkSession spark, String name) {
        spark.sparkContext().setJobDescription(name);
        try {
            spark.range(1).count();
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a marker job's events never arrived");
        }
    }
}
