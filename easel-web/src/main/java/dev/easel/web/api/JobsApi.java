package dev.easel.web.api;

import dev.easel.web.jobs.Job;
import dev.easel.web.jobs.JobIds;
import dev.easel.web.jobs.JobQueue;
import dev.easel.web.jobs.JobSpec;
import dev.easel.web.jobs.JobState;
import dev.easel.web.jobs.JobStatus;
import dev.easel.web.jobs.JobStore;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** The job routes: create, look at, fetch the result, its photo or a preview of, cancel and delete. */
record JobsApi(JobForm form, JobStore store, JobQueue queue, Clock clock) {
    void install(Javalin app) {
        app.post("/api/jobs", this::create);
        app.get("/api/jobs/{id}", ctx -> ctx.json(status(job(ctx))));
        app.get("/api/jobs/{id}/result", this::result);
        app.get("/api/jobs/{id}/photo", this::photo);
        app.get("/api/jobs/{id}/preview", this::preview);
        app.delete("/api/jobs/{id}", this::delete);
    }

    private void create(Context ctx) {
        JobSpec spec = form.parse(ctx.req());
        Job job = new Job(JobIds.next(), spec, clock);
        store.add(job);
        try {
            queue.submit(job);
        } catch (ApiException busy) {
            store.remove(job);
            throw busy;
        }
        ctx.status(202).header("Location", "/api/jobs/" + job.id()).json(status(job));
    }

    private void result(Context ctx) {
        Job job = done(job(ctx));
        String name = null;
        if (ctx.queryParam("download") != null) {
            String style = String.join("+", status(job).styles()).replaceAll("[^A-Za-z0-9_+-]", "");
            name = "easel-" + style.toLowerCase(Locale.ROOT) + ".png";
        }
        sendPng(ctx, job.result(), name);
    }

    /** The photo as the method saw it, at the result's size: the page blends it with the result for strength. */
    private void photo(Context ctx) {
        sendPng(ctx, done(job(ctx)).photo(), null);
    }

    /** {@code job}, or 409 when it has no result (yet). */
    private Job done(Job job) {
        JobState state = job.state();
        if (state != JobState.DONE) {
            JobStatus s = status(job);
            throw new ApiException(409, switch (state) {
                case FAILED -> "the job failed, so there is no result: " + s.error();
                case CANCELLED -> "the job was cancelled, so there is no result";
                default -> "the job is " + s.state() + "; the result is not ready yet";
            });
        }
        return job;
    }

    /** Streams a job's PNG; {@code downloadName} non-null makes it an attachment. */
    private static void sendPng(Context ctx, Path file, String downloadName) {
        try {
            InputStream in = Files.newInputStream(file);
            ctx.contentType("image/png").header("Cache-Control", "private, max-age=3600");
            if (downloadName != null) {
                ctx.header("Content-Disposition", "attachment; filename=\"" + downloadName + "\"");
            }
            ctx.result(in);
        } catch (NoSuchFileException e) {
            throw ApiException.notFound("the result has expired; run the job again");
        } catch (IOException e) {
            throw new ApiException(503, "cannot read the result right now: " + e.getMessage());
        }
    }

    private void preview(Context ctx) {
        byte[] png = job(ctx).preview();
        if (png == null) {
            throw ApiException.notFound("no preview: the method reports none, or the job is not running");
        }
        ctx.contentType("image/png").header("Cache-Control", "no-store").result(png);
    }

    private void delete(Context ctx) {
        Job job = job(ctx);
        queue.cancel(job);
        store.remove(job);
        ctx.status(204);
    }

    JobStatus status(Job job) {
        return job.status(queue.positionOf(job));
    }

    Job job(Context ctx) {
        String id = ctx.pathParam("id");
        return store.find(id).orElseThrow(() -> ApiException.notFound(
            "no job '" + JobForm.printable(id) + "': it never existed, was deleted, or its results expired"));
    }
}
