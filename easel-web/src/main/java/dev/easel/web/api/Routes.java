package dev.easel.web.api;

import dev.easel.web.WebConfig;
import dev.easel.web.jobs.JobQueue;
import dev.easel.web.jobs.JobStore;
import dev.easel.web.jobs.ResultFiles;
import dev.easel.web.methods.MethodCatalog;
import dev.easel.web.styles.PaintingFolder;
import dev.easel.web.styles.StyleCatalog;
import dev.easel.web.styles.Thumbnails;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.net.URI;
import java.time.Clock;
import java.util.Set;

/** Wires every API route, the error responses and the headers every response carries. */
public final class Routes {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private Routes() {
    }

    public static void install(Javalin app, WebConfig config, AccessControl access, MethodCatalog methods, PaintingFolder paintings,
                               JobStore store, JobQueue queue, ResultFiles files, Clock clock) {
        app.before(Routes::safetyHeaders);
        access.install(app);
        app.before("/api/*", Routes::refuseOtherSites);
        ErrorResponses.install(app);
        Thumbnails thumbnails = new Thumbnails(paintings, config.maxPixels());
        new CatalogApi(methods, new StyleCatalog(methods, thumbnails), thumbnails).install(app);
        JobForm form = new JobForm(methods, new ImageUploads(config.maxPixels()),
            new FormParts(config.maxUploadBytes(), config.minUploadBytesPerSecond(), files.spoolFolder()));
        JobsApi jobs = new JobsApi(form, store, queue, clock);
        jobs.install(app);
        new EventStream(jobs).install(app);
    }

    /** The page loads nothing from elsewhere and may not be framed; browsers must not guess content types. */
    private static void safetyHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy",
            "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
    }

    /**
     * Another web site open in the same browser could post forms to a server on loopback; a browser says
     * where such a request comes from in Origin, so a state-changing request from another origin is refused.
     */
    private static void refuseOtherSites(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !STATE_CHANGING.contains(ctx.method().name())) {
            return;
        }
        String host = ctx.header("Host");
        String originHost;
        try {
            originHost = URI.create(origin).getAuthority();
        } catch (IllegalArgumentException e) {
            originHost = null;
        }
        if (host == null || !host.equalsIgnoreCase(originHost)) {
            throw new ApiException(403, "requests from other web sites are refused (Origin " + JobForm.printable(origin) + ")");
        }
    }
}
