package dev.easel.web;

import dev.easel.vgg.VggLocator;
import dev.easel.web.api.AccessControl;
import dev.easel.web.api.JsonErrorHandler;
import dev.easel.web.api.Routes;
import dev.easel.web.jobs.JobQueue;
import dev.easel.web.jobs.JobStore;
import dev.easel.web.jobs.ResultFiles;
import dev.easel.web.methods.MethodCatalog;
import dev.easel.web.styles.PaintingFolder;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The web app: the page (static files from the jar) and the REST API, one Javalin server. Start it, use
 * {@link #url()}, close it; closing cancels running jobs and deletes a temporary working folder.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final MethodCatalog methods;
    private final JobQueue queue;
    private final JobStore store;
    private final ResultFiles files;
    private final ScheduledExecutorService sweeper;
    private final AccessControl access;

    private WebServer(Javalin app, MethodCatalog methods, JobQueue queue, JobStore store, ResultFiles files,
                      ScheduledExecutorService sweeper, AccessControl access) {
        this.app = app;
        this.methods = methods;
        this.queue = queue;
        this.store = store;
        this.files = files;
        this.sweeper = sweeper;
        this.access = access;
    }

    /** Starts with the installed methods: realtime and multi models, Gatys if the VGG weights are there. */
    public static WebServer start(WebConfig config) {
        return start(config, paintings -> MethodCatalog.standard(config, paintings));
    }

    /** Starts with the methods {@code methods} builds from the gallery's paintings (tests add their own). */
    public static WebServer start(WebConfig config, Function<PaintingFolder, MethodCatalog> methods) {
        return start(config, methods, Clock.systemUTC());
    }

    /** As above with the clock jobs are timed by (tests move it to expire results without waiting). */
    static WebServer start(WebConfig config, Function<PaintingFolder, MethodCatalog> methods, Clock clock) {
        Path paintingsDir = config.paintingsDir() != null ? config.paintingsDir()
            : VggLocator.sharedDirectory().resolve("images").resolve("style");
        PaintingFolder paintings = PaintingFolder.scan(paintingsDir);
        MethodCatalog catalog = methods.apply(paintings);
        ResultFiles files = ResultFiles.open(config.dataDir());
        JobStore store = new JobStore(files, config.resultLifetime(), config.maxKeptResults(), clock);
        JobQueue queue = new JobQueue(config.queueCapacity(), config.jobTimeLimit(), files, store::trim);

        AccessControl access = AccessControl.of(config.host(), config.access());
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.prefer405over404 = true;
            // A sender slower than this is cut off with 408, so a few trickling uploads cannot hold every slot.
            c.jetty.modifyHttpConfiguration(h -> h.setMinRequestDataRate(config.minUploadBytesPerSecond()));
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
        });
        Routes.install(app, config, access, catalog, paintings, store, queue, files, clock);

        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "easel-expiry");
            t.setDaemon(true);
            return t;
        });
        long period = sweepPeriod(config).toMillis();
        sweeper.scheduleAtFixedRate(store::sweep, period, period, TimeUnit.MILLISECONDS);
        WebServer server = new WebServer(app, catalog, queue, store, files, sweeper, access);
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        log.info("easel web app on {} (results in {})", server.address(), files.folder());
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The page's address, e.g. http://127.0.0.1:8080/, with ?token=... when the server needs its access token. */
    public String url() {
        String token = access.token();
        return address() + (token == null ? "" : "?token=" + token);
    }

    /** The page's address without the token (for logs). */
    public String address() {
        return "http://" + access.publicName() + ":" + port() + "/";
    }

    /** The access token requests must show, or null on loopback. */
    public String token() {
        return access.token();
    }

    /** Deletes expired results now, as the periodic sweep does (tests). */
    void sweep() {
        store.sweep();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        app.stop();
        queue.close();
        if (!queue.isIdle()) {
            // Freeing the networks' native memory or deleting the folder under a running job could crash the JVM.
            log.warn("a job did not stop within 10 s; leaving its models loaded and {} in place", files.folder());
            return;
        }
        methods.close();
        files.close();
    }

    /** Expired results are deleted within a quarter of their lifetime (at least every minute). */
    static Duration sweepPeriod(WebConfig config) {
        return Duration.ofMillis(Math.max(1000, Math.min(60_000, config.resultLifetime().toMillis() / 4)));
    }
}
