package dev.easel.web.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs the server knows, by id. Finished jobs expire after their lifetime, and beyond a maximum count
 * the oldest go first, each taking its result file with it: the disk holds at most that many results. The
 * count is enforced whenever a job is added or finishes ({@link #trim()}), the lifetime at each sweep.
 */
public final class JobStore {
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ResultFiles results;
    private final Duration lifetime;
    private final int maxFinished;
    private final Clock clock;

    public JobStore(ResultFiles results, Duration lifetime, int maxFinished, Clock clock) {
        this.results = results;
        this.lifetime = lifetime;
        this.maxFinished = maxFinished;
        this.clock = clock;
    }

    public void add(Job job) {
        jobs.put(job.id(), job);
        trim();
    }

    /** The job with exactly this id; malformed ids are never looked up. */
    public Optional<Job> find(String id) {
        return JobIds.isWellFormed(id) ? Optional.ofNullable(jobs.get(id)) : Optional.empty();
    }

    /** Forgets a job and deletes its files (a running job's file, if it still appears, goes at the next sweep). */
    public void remove(Job job) {
        jobs.remove(job.id());
        results.delete(job.id());
    }

    /**
     * Deletes expired jobs and, past the maximum, the oldest finished ones; also any result file whose job
     * is gone (a job deleted while it was writing its result).
     */
    public void sweep() {
        Instant cutoff = clock.instant().minus(lifetime);
        for (Job j : finished()) {
            if (j.finishedAt().isBefore(cutoff)) {
                remove(j);
            }
        }
        trim();
        for (String id : results.ids()) {
            if (!jobs.containsKey(id)) {
                results.delete(id);
            }
        }
    }

    /** Deletes the oldest finished jobs beyond the maximum count (called after each job, so between sweeps too). */
    public synchronized void trim() {
        List<Job> finished = finished();
        for (int i = 0; i < finished.size() - maxFinished; i++) {
            remove(finished.get(i));
        }
    }

    /** Finished jobs, oldest first. */
    private List<Job> finished() {
        return jobs.values().stream().filter(j -> j.finishedAt() != null).sorted(Comparator.comparing(Job::finishedAt)).toList();
    }
}
