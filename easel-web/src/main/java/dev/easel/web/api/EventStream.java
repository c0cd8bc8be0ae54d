package dev.easel.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.web.jobs.Job;
import dev.easel.web.jobs.JobStatus;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * {@code GET /api/jobs/{id}/events}: server-sent events, one "status" event (the job's JSON) per change,
 * at most four a second, until the job finishes. Each stream holds a server thread while it lasts, so only
 * a bounded number may be open at once (429 beyond).
 */
final class EventStream {
    static final int MAX_STREAMS = 32;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final long MIN_GAP_MS = 250;
    private static final Duration QUEUED_POLL = Duration.ofSeconds(1);
    private static final Duration MAX_LIFE = Duration.ofMinutes(30);

    private final JobsApi jobs;
    private final ObjectMapper json = new ObjectMapper();
    private final Semaphore slots = new Semaphore(MAX_STREAMS);

    EventStream(JobsApi jobs) {
        this.jobs = jobs;
    }

    void install(Javalin app) {
        app.get("/api/jobs/{id}/events", this::stream);
    }

    private void stream(Context ctx) throws IOException, InterruptedException {
        Job job = jobs.job(ctx); // 404 before the stream starts
        if (!slots.tryAcquire()) {
            throw ApiException.busy("too many open progress streams; poll GET /api/jobs/{id} instead", 5);
        }
        try {
            ctx.status(200);
            ctx.res().setContentType("text/event-stream");
            ctx.res().setCharacterEncoding("UTF-8");
            ctx.res().setHeader("Cache-Control", "no-cache");
            ctx.res().setHeader("X-Accel-Buffering", "no");
            OutputStream out = ctx.res().getOutputStream();
            long end = System.nanoTime() + MAX_LIFE.toNanos();
            String sent = null;
            long lastWrite = System.nanoTime();
            while (System.nanoTime() < end) {
                long version = job.version();
                JobStatus status = jobs.status(job);
                String key = version + "/" + status.queuePosition(); // a job moves up the queue without changing
                if (!key.equals(sent)) {
                    write(out, "event: status\ndata: " + json.writeValueAsString(status) + "\n\n");
                    sent = key;
                    lastWrite = System.nanoTime();
                    if (status.finished()) {
                        return;
                    }
                    Thread.sleep(MIN_GAP_MS);
                } else if (System.nanoTime() - lastWrite > KEEP_ALIVE.toNanos()) {
                    write(out, ": still here\n\n"); // also tells us when the client has gone
                    lastWrite = System.nanoTime();
                }
                job.awaitChange(version, status.queuePosition() != null ? QUEUED_POLL : KEEP_ALIVE);
            }
        } catch (IOException gone) {
            // the client closed the stream; nothing to do
        } finally {
            slots.release();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
