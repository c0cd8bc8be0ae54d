package dev.easel.web.jobs;

import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One stylization job and everything the API reports about it. The worker updates it; request threads
 * read snapshots ({@link #status()}) and may wait for the next change ({@link #awaitChange}). Its pictures
 * are dropped once it finishes, so a finished job costs a few hundred bytes plus its result file.
 */
public final class Job {
    private final String id;
    private final String method;
    private final List<String> styles;
    private final Instant created;
    private final Clock clock;
    private final Cancellation cancellation = new Cancellation();

    private JobSpec spec;
    private JobState state = JobState.QUEUED;
    private String stage = "queued";
    private double workDone;
    private Double etaSeconds;
    private long startedNanos;
    private Double runSeconds;
    private Instant finished;
    private byte[] preview;
    private int previewVersion;
    private Path result;
    private Path photo;
    private int width;
    private int height;
    private String error;
    private boolean timedOut;
    private long version;

    public Job(String id, JobSpec spec, Clock clock) {
        this.id = id;
        this.spec = spec;
        this.method = spec.methodName();
        this.styles = spec.styleNames();
        this.clock = clock;
        this.created = clock.instant();
    }

    public String id() {
        return id;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    /** The work to do; null once the job has finished. */
    public synchronized JobSpec spec() {
        return spec;
    }

    /** Moves a queued job to running; false if it was cancelled while it waited. */
    public synchronized boolean start() {
        if (state != JobState.QUEUED) {
            return false;
        }
        state = JobState.RUNNING;
        stage = "starting";
        startedNanos = System.nanoTime();
        changed();
        return true;
    }

    public synchronized void progress(Progress p, byte[] previewPng) {
        if (state != JobState.RUNNING) {
            return;
        }
        stage = p.stage();
        workDone = Math.max(0, Math.min(1, p.workDone()));
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        // An ETA from the first few percent is noise; wait for a meaningful share of the work.
        etaSeconds = workDone >= 0.03 && workDone < 1 && elapsed >= 1 ? elapsed * (1 - workDone) / workDone : null;
        if (previewPng != null) {
            preview = previewPng;
            previewVersion++;
        }
        changed();
    }

    /** Done: the result file, and the photo at the result's size (the page blends the two). */
    public synchronized void succeed(Path file, Path photoFile, int w, int h) {
        result = file;
        photo = photoFile;
        width = w;
        height = h;
        workDone = 1;
        finish(JobState.DONE, "done", null);
    }

    public synchronized void fail(String message) {
        finish(JobState.FAILED, "failed", message);
    }

    /** Ends a job the cancellation flag stopped: by a user, or by the time limit. */
    public synchronized void stopped(Duration limit) {
        if (timedOut) {
            finish(JobState.FAILED, "failed", "stopped: the job took longer than the server's limit of "
                + limit.toSeconds() + " s; try a smaller size or a faster method");
        } else {
            finish(JobState.CANCELLED, "cancelled", null);
        }
    }

    /** Asks a running job to stop; a queued job is cancelled at once. */
    public synchronized void cancel() {
        cancellation.cancel();
        if (state == JobState.QUEUED) {
            finish(JobState.CANCELLED, "cancelled", null);
        }
    }

    public synchronized void timeOut() {
        if (state == JobState.RUNNING) {
            timedOut = true;
            cancellation.cancel();
        }
    }

    private void finish(JobState end, String endStage, String message) {
        if (state.isFinished()) {
            return;
        }
        if (startedNanos != 0) {
            runSeconds = (System.nanoTime() - startedNanos) / 1e9;
        }
        state = end;
        stage = endStage;
        error = message;
        etaSeconds = null;
        finished = clock.instant();
        spec = null;
        preview = null;
        changed();
    }

    private void changed() {
        version++;
        notifyAll();
    }

    public synchronized JobState state() {
        return state;
    }

    public synchronized Instant finishedAt() {
        return finished;
    }

    /** Seconds the job ran, once finished after running; else null. */
    public synchronized Double runSeconds() {
        return runSeconds;
    }

    /** The result file, once done. */
    public synchronized Path result() {
        return result;
    }

    /** The photo at the result's size, once done. */
    public synchronized Path photo() {
        return photo;
    }

    public synchronized byte[] preview() {
        return preview;
    }

    public synchronized long version() {
        return version;
    }

    /** Waits until the job changes after {@code seenVersion}, or the timeout passes; returns the version now. */
    public synchronized long awaitChange(long seenVersion, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (version == seenVersion && !state.isFinished()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return version;
    }

    /** A consistent snapshot for the API; {@code queuePosition} comes from the queue. */
    public synchronized JobStatus status(int queuePosition) {
        double elapsed = startedNanos == 0 ? 0 : runSeconds != null ? runSeconds : (System.nanoTime() - startedNanos) / 1e9;
        return new JobStatus(id, state.apiName(), method, styles, stage, Math.round(workDone * 1000) / 10.0,
            etaSeconds == null ? null : Math.round(etaSeconds * 10) / 10.0,
            state == JobState.QUEUED ? queuePosition : null, Math.round(elapsed * 10) / 10.0, previewVersion,
            state == JobState.DONE ? width : null, state == JobState.DONE ? height : null, error, created.toString(),
            JobStatus.Links.of(id, state, previewVersion));
    }
}
