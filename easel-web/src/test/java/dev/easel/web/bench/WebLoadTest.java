package dev.easel.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.vgg.VggLocator;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of a running {@code easel serve}: N clients for a fixed time, each repeating a mix
 * of what the page does (load the page and catalogs, run a realtime job to its result and delete it) and of
 * refused requests (not an image, too many pixels, unknown style, unknown job). Reports throughput,
 * latency percentiles, status counts and the server's peak RSS; fails (exit 1) on any 5xx, any request
 * without a response, or a peak RSS over the budget. Run by easel-web/bench/load-test.sh, which compiles
 * this package against easel.jar (it is test code, kept out of the jar; the API tests share MultipartBody):
 *
 * <pre>java -cp CLASSES:easel.jar dev.easel.web.bench.WebLoadTest --url http://127.0.0.1:8080 --pid PID [--clients 8] [--seconds 120]</pre>
 */
public final class WebLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    private final LoadStats stats = new LoadStats();
    private final byte[] photo;
    private final byte[] tooManyPixels;
    private final int size;
    private List<String> realtimeStyles = List.of();
    private List<String> thumbnails = List.of();

    private WebLoadTest(URI base, byte[] photo, int size) throws IOException {
        this.base = base;
        this.photo = photo;
        this.size = size;
        this.tooManyPixels = blankPng(6000, 5000); // 30 MP: over the default 24 MP limit, a few KB on the wire
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        URI base = URI.create(opts.getOrDefault("--url", "http://127.0.0.1:8080").replaceAll("/$", ""));
        int clients = Integer.parseInt(opts.getOrDefault("--clients", "8"));
        int seconds = Integer.parseInt(opts.getOrDefault("--seconds", "120"));
        long pid = Long.parseLong(opts.getOrDefault("--pid", String.valueOf(ProcessHandle.current().pid())));
        long budget = Long.parseLong(opts.getOrDefault("--max-rss-mb", "4096")) * 1_000_000;
        Path photo = Path.of(opts.getOrDefault("--photo",
            VggLocator.sharedDirectory().resolve("images/content/tubingen.jpg").toString()));
        int size = Integer.parseInt(opts.getOrDefault("--size", "256"));

        WebLoadTest test = new WebLoadTest(base, Files.readAllBytes(photo), size);
        test.discover();
        RssSampler rss = new RssSampler(pid);
        long start = System.nanoTime();
        test.run(clients, Duration.ofSeconds(seconds));
        double elapsed = (System.nanoTime() - start) / 1e9;
        long peak = rss.peakBytes();
        System.out.print(test.stats.report(elapsed, clients, peak));

        long serverErrors = test.stats.count(s -> s.status() >= 500);
        long noResponse = test.stats.count(s -> s.status() == 0);
        boolean ok = serverErrors == 0 && noResponse == 0 && peak <= budget && test.stats.jobsDone.get() > 0;
        System.out.printf("%s: %d server errors, %d requests without a response, peak RSS %s the %d MB budget%n",
            ok ? "PASS" : "FAIL", serverErrors, noResponse, peak <= budget ? "within" : "OVER", budget / 1_000_000);
        System.exit(ok ? 0 : 1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        return opts;
    }

    /** The styles and thumbnails to pick from, as the page would load them. */
    private void discover() throws IOException, InterruptedException {
        JsonNode styles = JSON.readTree(send("GET /api/styles", get("/api/styles")).body());
        List<String> realtime = new ArrayList<>();
        List<String> thumbs = new ArrayList<>();
        for (JsonNode s : styles) {
            s.get("methods").forEach(m -> {
                if (m.asText().equals("realtime")) {
                    realtime.add(s.get("name").asText());
                }
            });
            if (s.hasNonNull("thumbnail")) {
                thumbs.add(s.get("thumbnail").asText());
            }
        }
        if (realtime.isEmpty()) {
            throw new IllegalStateException("the server has no realtime style to run jobs with");
        }
        realtimeStyles = realtime;
        thumbnails = thumbs;
    }

    private void run(int clients, Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong seeds = new AtomicLong(42);
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> client(new Random(seeds.getAndIncrement()), end));
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 300, TimeUnit.SECONDS);
    }

    /** One client: a weighted mix of what real users and broken clients send, until the end time. */
    private void client(Random random, long end) {
        while (System.nanoTime() < end) {
            try {
                int roll = random.nextInt(100);
                if (roll < 40) {
                    job(random, end);
                } else if (roll < 60) {
                    send("GET /api/methods", get("/api/methods"));
                    send("GET /api/styles", get("/api/styles"));
                } else if (roll < 75) {
                    send("GET / (page)", get("/"));
                    send("GET /js/main.js", get("/js/main.js"));
                } else if (roll < 85) {
                    send("GET thumbnail", get(thumbnails.get(random.nextInt(thumbnails.size()))));
                } else if (roll < 90) {
                    send("POST not an image (415)", post(new MultipartBody().file("content", "photo.jpg", "text".getBytes())
                        .field("styleName", realtimeStyles.get(0))));
                } else if (roll < 94) {
                    send("POST too many pixels (413)", post(new MultipartBody().file("content", "big.png", tooManyPixels)
                        .field("styleName", realtimeStyles.get(0))));
                } else if (roll < 97) {
                    send("POST unknown style (400)", post(new MultipartBody().file("content", "a.jpg", photo)
                        .field("styleName", "no_such_style")));
                } else {
                    send("GET unknown job (404)", get("/api/jobs/AAAAAAAAAAAAAAAAAAAAAA"));
                }
            } catch (IOException e) {
                // recorded as status 0 by send()
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A realtime job as the page runs it: submit, poll until finished, fetch the result, delete. */
    private void job(Random random, long end) throws IOException, InterruptedException {
        String style = realtimeStyles.get(random.nextInt(realtimeStyles.size()));
        HttpResponse<byte[]> created = send("POST /api/jobs", post(new MultipartBody().file("content", "photo.jpg", photo)
            .field("method", "realtime").field("styleName", style).field("size", String.valueOf(size))));
        if (created.statusCode() == 429) {
            long wait = created.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            Thread.sleep(Math.min(2000, wait * 1000)); // honour Retry-After, but keep the test moving
            return;
        }
        if (created.statusCode() != 202) {
            return;
        }
        String id = JSON.readTree(created.body()).get("id").asText();
        String state = "queued";
        while (!state.matches("done|failed|cancelled") && System.nanoTime() < end + 60_000_000_000L) {
            Thread.sleep(250);
            HttpResponse<byte[]> status = send("GET /api/jobs/{id}", get("/api/jobs/" + id));
            if (status.statusCode() != 200) {
                return;
            }
            state = JSON.readTree(status.body()).get("state").asText();
        }
        if (state.equals("done")) {
            stats.jobsDone.incrementAndGet();
            send("GET /api/jobs/{id}/result", get("/api/jobs/" + id + "/result"));
        } else {
            stats.jobsFailed.incrementAndGet();
        }
        send("DELETE /api/jobs/{id}", HttpRequest.newBuilder(base.resolve("/api/jobs/" + id)).DELETE());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).GET();
    }

    private HttpRequest.Builder post(MultipartBody form) {
        return HttpRequest.newBuilder(base.resolve("/api/jobs")).header("Content-Type", form.contentType())
            .POST(form.publisher());
    }

    private HttpResponse<byte[]> send(String kind, HttpRequest.Builder request) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            stats.add(kind, r.statusCode(), System.nanoTime() - t0);
            return r;
        } catch (IOException e) {
            stats.add(kind, 0, System.nanoTime() - t0);
            throw e;
        }
    }

    private static byte[] blankPng(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        return out.toByteArray();
    }
}
