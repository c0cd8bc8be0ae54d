package dev.easel.web.jobs;

import dev.easel.web.api.ApiException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One worker thread and a short bounded queue: on two cores one stylization at a time is fastest, and a
 * full queue answers 429 at once instead of piling up work. Each job is stopped at the time limit.
 */
public final class JobQueue implements AutoCloseable {
    private final ThreadPoolExecutor worker;
    private final ScheduledExecutorService timer;
    private final JobRunner runner;
    private final Duration timeLimit;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final Runnable afterEachJob;
    private volatile double averageSeconds = 10; // a guess until the first job finishes

    /** @param afterEachJob run on the worker after every job (the store enforces its cap on kept results) */
    public JobQueue(int capacity, Duration timeLimit, ResultFiles results, Runnable afterEachJob) {
        BlockingQueue<Runnable> waiting = capacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(capacity);
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, waiting, r -> daemon(r, "easel-job"));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "easel-job-timer"));
        this.runner = new JobRunner(results, timeLimit);
        this.timeLimit = timeLimit;
        this.afterEachJob = afterEachJob;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Queues a job.
     *
     * @throws ApiException 429 with a Retry-After estimate when the queue is full
     */
    public void submit(Job job) {
        Task task = new Task(job);
        tasks.put(job.id(), task);
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            tasks.remove(job.id());
            int waiting = worker.getQueue().size() + 1;
            throw ApiException.busy("the server is busy: " + waiting + " job(s) ahead and the queue is full; try again shortly",
                (int) Math.ceil(averageSeconds * waiting));
        }
    }

    /** Cancels a job: a queued one leaves the queue now, a running one stops at its next check. */
    public void cancel(Job job) {
        job.cancel();
        Task task = tasks.remove(job.id());
        if (task != null) {
            worker.remove(task);
        }
    }

    /** Jobs ahead of this one in the queue (0: it runs next), or 0 when it is not waiting. */
    public int positionOf(Job job) {
        List<Runnable> waiting = new ArrayList<>(worker.getQueue());
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i) instanceof Task t && t.job == job) {
                return i;
            }
        }
        return 0;
    }

    /** Cancels every job and waits up to 10 s for the running one to stop. */
    @Override
    public void close() {
        worker.shutdownNow();
        timer.shutdownNow();
        tasks.values().forEach(t -> t.job.cancel());
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the worker has stopped: false after {@link #close()} while a job is still inside native code. */
    public boolean isIdle() {
        return worker.isTerminated();
    }

    private final class Task implements Runnable {
        private final Job job;

        Task(Job job) {
            this.job = job;
        }

        @Override
        public void run() {
            ScheduledFuture<?> watchdog = timer.schedule(job::timeOut, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            try {
                runner.run(job);
            } finally {
                watchdog.cancel(false);
                tasks.remove(job.id());
                Double seconds = job.runSeconds();
                if (seconds != null) {
                    averageSeconds = 0.7 * averageSeconds + 0.3 * seconds;
                }
                afterEachJob.run();
            }
        }
    }
}
