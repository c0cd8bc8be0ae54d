package dev.easel.cli;

import dev.easel.web.WebConfig;
import dev.easel.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code easel serve}: the web app and REST API (docs/web.md). Only parses flags; easel-web does the rest. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = {"Start the web app and REST API: open the printed address in a browser.",
        "Binds to loopback by default: only this computer can reach it."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Interface to listen on; 0.0.0.0 opens it to the network.")
    String host = WebConfig.LOOPBACK;

    @Option(names = "--public-name", paramLabel = "NAME",
        description = "Off loopback: the host name (or address) browsers use to reach this server; requests naming another are refused (default: the --host address, or for 0.0.0.0 this computer's name).")
    String publicName;

    @Option(names = "--token", paramLabel = "TOKEN",
        description = "Off loopback: the access token every request must show (default: a new random one, printed in the address). Also $EASEL_TOKEN.")
    String token;

    @Option(names = "--port", paramLabel = "N", description = "TCP port; 0 picks a free one.")
    int port = 8080;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder for results (default: a temporary folder, deleted on exit).")
    Path data;

    @Option(names = "--styles", paramLabel = "DIR", description = "Folder of paintings for the gallery (default: $EASEL_SHARED/images/style).")
    Path styles;

    @Option(names = "--queue", paramLabel = "N", description = "Jobs that may wait behind the running one; more are refused with 429.")
    int queue = WebConfig.defaults().queueCapacity();

    @Option(names = "--job-timeout", paramLabel = "SECONDS", description = "Stop a job that runs longer than this.")
    long jobTimeoutSeconds = WebConfig.defaults().jobTimeLimit().toSeconds();

    @Option(names = "--keep-results", paramLabel = "MINUTES", description = "Delete results this long after their job finished.")
    long keepMinutes = WebConfig.defaults().resultLifetime().toMinutes();

    @Option(names = "--max-upload-mb", paramLabel = "MB", description = "Largest request (photo and painting together).")
    long maxUploadMb = WebConfig.defaults().maxUploadBytes() >> 20;

    @Option(names = "--max-pixels", paramLabel = "N", description = "Largest image accepted, checked from its header before decoding.")
    long maxPixels = WebConfig.defaults().maxPixels();

    @Option(names = "--min-upload-rate", paramLabel = "KB/S",
        description = "Cut off (408) an upload sent slower than this many KB a second, so slow senders cannot hold the upload slots; 0 turns the check off.")
    long minUploadKbPerSecond = WebConfig.defaults().minUploadBytesPerSecond() >> 10;

    @Override
    public Integer call() throws InterruptedException {
        WebServer server = WebServer.start(config());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "easel-serve-stop"));
        System.err.println("Easel is running at " + server.url() + "  (Ctrl-C stops it)");
        if (!WebConfig.isLoopback(host)) {
            System.err.println("listening on " + host + ": every request must show the access token (the address above sets it"
                + " in the browser; other clients send Authorization: Bearer " + server.token() + ")");
        }
        stopped.await();
        return 0;
    }

    /** The flags as a config; WebConfig checks the values, and a bad one is a usage error (exit 2). */
    WebConfig config() {
        WebConfig defaults = WebConfig.defaults();
        try {
            if (minUploadKbPerSecond < 0) { // checked here: WebConfig's own message counts bytes, the flag KB
                throw usage("--min-upload-rate must be >= 0 KB/s (0 turns the check off), got " + minUploadKbPerSecond);
            }
            if (publicName != null && WebConfig.isLoopback(host)) {
                throw usage("--public-name is for a server off loopback (--host); on loopback only this computer reaches it");
            }
            // $EASEL_TOKEN is read here, not as the flag's default: --help shows defaults, and must not show a secret
            String given = token != null ? token : System.getenv("EASEL_TOKEN");
            WebConfig.Access access = new WebConfig.Access(publicName, given); // a token on loopback is required too
            return defaults.toBuilder().host(host).port(port).access(access).dataDir(data).paintingsDir(styles)
                .limits(Math.multiplyExact(maxUploadMb, 1L << 20), maxPixels)
                .queue(queue, Duration.ofSeconds(jobTimeoutSeconds))
                .retention(Duration.ofMinutes(keepMinutes), defaults.maxKeptResults())
                .minUploadRate(Math.multiplyExact(minUploadKbPerSecond, 1L << 10))
                .build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        } catch (ArithmeticException e) {
            throw usage("--max-upload-mb, --keep-results or --min-upload-rate is too large");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
