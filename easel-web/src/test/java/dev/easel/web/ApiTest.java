package dev.easel.web;

import dev.easel.web.bench.MultipartBody;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API against a real server on a random port: every status code it documents. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private TestServer t;
    private byte[] photo;

    @BeforeAll
    void start() throws Exception {
        // queue of 1 behind the running job; 2 MB uploads; 4 MP images
        t = new TestServer(c -> c.queue(1, Duration.ofMinutes(2)).limits(2L << 20, 4_000_000));
        photo = Files.readAllBytes(TestServer.photo());
    }

    @AfterAll
    void stop() {
        t.close();
    }

    private MultipartBody realtimeJob(String style, int size) {
        return new MultipartBody().file("content", "tubingen.jpg", photo).field("method", "realtime")
            .field("styleName", style).field("size", String.valueOf(size));
    }

    private MultipartBody fakeJob() {
        return new MultipartBody().file("content", "small.png", Images.png(40, 30)).field("method", "fake")
            .field("styleName", "plain");
    }

    private String submit(MultipartBody form) {
        HttpResponse<byte[]> r = t.post(form);
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(202);
        return TestServer.json(r).get("id").asText();
    }

    private static void assertError(HttpResponse<byte[]> r, int status, String messagePart) {
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(status);
        JsonNode body = TestServer.json(r);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).containsIgnoringCase(messagePart);
    }

    // ---- catalog ------------------------------------------------------------------------------

    @Test
    void listsMethodsWithRealtimeAsTheDefault() {
        HttpResponse<byte[]> r = t.get("/api/methods");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = TestServer.json(r);
        assertThat(body.get("defaultMethod").asText()).isEqualTo("realtime");
        List<String> names = new ArrayList<>();
        body.get("methods").forEach(m -> names.add(m.get("name").asText()));
        assertThat(names).contains("realtime", "multi", "gatys", "fake");
        JsonNode gatys = body.get("methods").findParents("name").stream()
            .filter(m -> m.get("name").asText().equals("gatys")).findFirst().orElseThrow();
        assertThat(gatys.get("uploads").asBoolean()).isTrue();
        assertThat(gatys.get("maxSize").asInt()).isEqualTo(WebConfig.GatysLimits.DEFAULT.maxSize());
    }

    @Test
    void listsStylesWithThumbnails() {
        JsonNode styles = TestServer.json(t.get("/api/styles"));
        JsonNode starry = null;
        for (JsonNode s : styles) {
            if (s.get("name").asText().equals("starry_night")) {
                starry = s;
            }
        }
        assertThat(starry).isNotNull();
        assertThat(starry.get("title").asText()).isEqualTo("The Starry Night"); // from models/paintings.tsv
        assertThat(starry.get("artist").asText()).isEqualTo("Vincent van Gogh");
        List<String> methods = new ArrayList<>();
        starry.get("methods").forEach(m -> methods.add(m.asText()));
        assertThat(methods).contains("realtime", "gatys");

        HttpResponse<byte[]> thumb = t.get(starry.get("thumbnail").asText());
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(thumb.body()).hasSizeGreaterThan(1000);
    }

    @Test
    void unknownThumbnailsAndPathTricksAre404() {
        assertError(t.get("/api/styles/nope/thumbnail"), 404, "no painting named");
        assertThat(t.get("/api/styles/..%2F..%2Fetc%2Fpasswd/thumbnail").statusCode()).isEqualTo(404);
        assertThat(t.get("/api/styles/starry_night.jpg/thumbnail").statusCode()).isEqualTo(404);
        assertError(t.get("/api/nothing-here"), 404, "not found");
    }

    @Test
    void servesThePage() {
        HttpResponse<byte[]> r = t.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body())).contains("<title>Easel", "/js/main.js");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<byte[]> script = t.get("/js/main.js");
        assertThat(script.statusCode()).isEqualTo(200);
        // browsers run a module only when it is served as JavaScript
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("javascript"));
    }

    // ---- a real job ---------------------------------------------------------------------------

    @Test
    void realtimeJobRunsToAPngResultAndCanBeDeleted() throws Exception {
        HttpResponse<byte[]> created = t.post(realtimeJob("starry_night", 128));
        assertThat(created.statusCode()).as(new String(created.body())).isEqualTo(202);
        String id = TestServer.json(created).get("id").asText();
        assertThat(id).matches("[A-Za-z0-9_-]{22}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/jobs/" + id);

        JsonNode done = t.awaitFinished(id, WAIT);
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("width").asInt()).isEqualTo(128);
        assertThat(done.get("height").asInt()).isEqualTo(96);
        assertThat(done.get("styles").get(0).asText()).isEqualTo("starry_night");

        HttpResponse<byte[]> result = t.get("/api/jobs/" + id + "/result");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(result.body()));
        assertThat(png.getWidth()).isEqualTo(128);
        assertThat(png.getHeight()).isEqualTo(96);
        assertThat(t.get("/api/jobs/" + id + "/result?download=1").headers().firstValue("Content-Disposition"))
            .hasValueSatisfying(v -> assertThat(v).contains("attachment", "easel-starry_night.png"));
        // the photo at the result's size, which the page blends with the result for live strength
        assertThat(done.get("links").get("photo").asText()).isEqualTo("/api/jobs/" + id + "/photo");
        BufferedImage photo = ImageIO.read(new ByteArrayInputStream(t.get("/api/jobs/" + id + "/photo").body()));
        assertThat(photo.getWidth()).isEqualTo(128);
        assertThat(photo.getHeight()).isEqualTo(96);

        assertThat(t.delete("/api/jobs/" + id).statusCode()).isEqualTo(204);
        assertError(t.get("/api/jobs/" + id), 404, "no job");
        assertError(t.get("/api/jobs/" + id + "/result"), 404, "no job");
        assertError(t.get("/api/jobs/" + id + "/photo"), 404, "no job");
        assertError(t.delete("/api/jobs/" + id), 404, "no job");
    }

    @Test
    void arbitraryJobPaintsAGalleryPaintingWithTheShippedNetwork() throws Exception {
        JsonNode arbitrary = TestServer.json(t.get("/api/methods")).get("methods").findParents("name").stream()
            .filter(m -> m.get("name").asText().equals("arbitrary")).findFirst().orElseThrow();
        assertThat(arbitrary.get("available").asBoolean()).as(arbitrary.toString()).isTrue();
        String id = submit(new MultipartBody().file("content", "tubingen.jpg", photo).field("method", "arbitrary")
            .field("styleName", "the_scream").field("size", "128"));
        JsonNode done = t.awaitFinished(id, WAIT);
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("width").asInt()).isEqualTo(128);
        assertThat(t.get("/api/jobs/" + id + "/result").statusCode()).isEqualTo(200);
    }

    @Test
    void analogyJobPaintsTheStrokesOfAGalleryPainting() throws Exception {
        JsonNode analogy = TestServer.json(t.get("/api/methods")).get("methods").findParents("name").stream()
            .filter(m -> m.get("name").asText().equals("analogy")).findFirst().orElseThrow();
        assertThat(analogy.get("available").asBoolean()).isTrue();
        assertThat(analogy.get("maxStyles").asInt()).isEqualTo(1);
        String id = submit(new MultipartBody().file("content", "tubingen.jpg", photo).field("method", "analogy")
            .field("styleName", "starry_night").field("size", "128"));
        JsonNode done = t.awaitFinished(id, WAIT);
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(t.get("/api/jobs/" + id + "/result").body()));
        assertThat(png.getWidth()).isEqualTo(128);
        assertThat(png.getHeight()).isEqualTo(96);
        // strokes, not the photo: the result differs from the photo at that size by a clear margin
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(photo));
        java.awt.Image scaled = small.getScaledInstance(128, 96, java.awt.Image.SCALE_AREA_AVERAGING);
        BufferedImage reference = new BufferedImage(128, 96, BufferedImage.TYPE_INT_RGB);
        reference.getGraphics().drawImage(scaled, 0, 0, null);
        double diff = 0;
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 128; x++) {
                diff += Math.abs((png.getRGB(x, y) & 0xff) - (reference.getRGB(x, y) & 0xff));
            }
        }
        assertThat(diff / (128 * 96)).isGreaterThan(8.0);
    }

    @Test
    void refineFinishesARealtimePictureAndIsRefusedWhereItDoesNotApply() throws Exception {
        JsonNode realtime = TestServer.json(t.get("/api/methods")).get("methods").findParents("name").stream()
            .filter(m -> m.get("name").asText().equals("realtime")).findFirst().orElseThrow();
        assertThat(realtime.get("maxRefine").asInt()).isEqualTo(50);
        HttpResponse<byte[]> plain = t.post(realtimeJob("candy", 96));
        HttpResponse<byte[]> refined = t.post(realtimeJob("candy", 96).field("refine", "3"));
        assertThat(refined.statusCode()).as(new String(refined.body())).isEqualTo(202);
        JsonNode a = t.awaitFinished(TestServer.json(plain).get("id").asText(), WAIT);
        JsonNode b = t.awaitFinished(TestServer.json(refined).get("id").asText(), WAIT);
        assertThat(b.get("state").asText()).as(b.toString()).isEqualTo("done");
        assertThat(t.get("/api/jobs/" + b.get("id").asText() + "/result").body())
            .isNotEqualTo(t.get("/api/jobs/" + a.get("id").asText() + "/result").body());

        assertError(t.post(realtimeJob("candy", 96).field("refine", "51")), 400, "refine must be between 0 and 50");
        assertError(t.post(realtimeJob("candy", 96).field("refine", "two")), 400, "refine must be a whole number");
        assertError(t.post(new MultipartBody().file("content", "tubingen.jpg", photo).field("method", "analogy")
            .field("styleName", "starry_night").field("refine", "5")), 400, "analogy does not take it");
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        assertError(t.get("/api/jobs/AAAAAAAAAAAAAAAAAAAAAA"), 404, "no job");
        assertError(t.get("/api/jobs/..%2F..%2Fetc"), 404, "no job");
        assertError(t.get("/api/jobs/x/result"), 404, "no job");
        assertError(t.get("/api/jobs/x/events"), 404, "no job");
        assertError(t.delete("/api/jobs/" + "a".repeat(500)), 404, "no job");
    }

    // ---- queue, progress, cancel ----------------------------------------------------------------

    @Test
    void fullQueueAnswers429WithRetryAfterAndCancelFreesIt() throws Exception {
        t.fake.hold();
        try {
            String running = submit(fakeJob());
            t.awaitState(running, "running", WAIT);
            String queued = submit(fakeJob());
            JsonNode waiting = TestServer.json(t.get("/api/jobs/" + queued));
            assertThat(waiting.get("state").asText()).isEqualTo("queued");
            assertThat(waiting.get("queuePosition").asInt()).isZero();

            HttpResponse<byte[]> busy = t.post(fakeJob());
            assertError(busy, 429, "busy");
            assertThat(busy.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                assertThat(Integer.parseInt(v)).isPositive());

            // the running job has no result yet, but a preview
            assertError(t.get("/api/jobs/" + running + "/result"), 409, "not ready");
            HttpResponse<byte[]> preview = t.get("/api/jobs/" + running + "/preview");
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(preview.headers().firstValue("Content-Type")).hasValue("image/png");

            // cancelling the queued job frees its place at once
            assertThat(t.delete("/api/jobs/" + queued).statusCode()).isEqualTo(204);
            String next = submit(fakeJob());

            // cancelling the running one stops it: the stylizer saw the flag
            int before = t.fake.cancelled.get();
            assertThat(t.delete("/api/jobs/" + running).statusCode()).isEqualTo(204);
            t.awaitState(next, "running", WAIT);
            assertThat(t.fake.cancelled.get()).isGreaterThan(before);
            t.fake.releaseAll();
            assertThat(t.awaitFinished(next, WAIT).get("state").asText()).isEqualTo("done");
        } finally {
            t.fake.releaseAll();
        }
    }

    @Test
    void eventStreamReportsProgressUntilDone() throws Exception {
        t.fake.hold();
        String id = submit(fakeJob());
        t.awaitState(id, "running", WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (TestServer.json(t.get("/api/jobs/" + id)).get("previewVersion").asInt() == 0) {
            assertThat(System.nanoTime()).as("the fake's first preview, reported just after it starts").isLessThan(deadline);
            Thread.sleep(10);
        }
        HttpRequest request = HttpRequest.newBuilder(t.uri("/api/jobs/" + id + "/events")).GET().build();
        java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> stream =
            t.http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<java.util.stream.Stream<String>> response = stream.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        t.fake.releaseAll();
        List<JsonNode> events = new ArrayList<>();
        response.body().filter(l -> l.startsWith("data: ")).forEach(l -> {
            try {
                events.add(TestServer.JSON.readTree(l.substring(6)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).get("state").asText()).isEqualTo("running");
        assertThat(events.get(0).get("previewVersion").asInt()).isPositive();
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("state").asText()).isEqualTo("done");
        assertThat(last.get("percent").asDouble()).isEqualTo(100.0);
    }

    // ---- refusals -----------------------------------------------------------------------------

    @Test
    void badFieldsAre400WithAMessageNamingTheProblem() {
        assertError(t.post(new MultipartBody().field("styleName", "starry_night")), 400, "no photo");
        assertError(t.post(realtimeJob("starry_night", 128).field("method", "gatys")), 400, "more than once");
        assertError(t.post(new MultipartBody().file("content", "a.jpg", photo).field("method", "cubism").field("styleName", "x")),
            400, "unknown method 'cubism'");
        assertError(t.post(realtimeJob("no_such_style", 128)), 400, "not a style realtime can paint");
        assertError(t.post(realtimeJob("../../etc/passwd", 128)), 400, "not a style");
        assertError(t.post(realtimeJob("Starry_Night", 128)), 400, "not a style"); // exact names only
        assertError(t.post(realtimeJob("starry_night", 5000)), 400, "size must be between");
        assertError(t.post(realtimeJob("starry_night", 128).field("strength", "2")), 400, "strength must be between 0 and 1, got 2.0");
        assertError(t.post(realtimeJob("starry_night", 128).field("strength", "NaN")), 400, "strength");
        assertError(t.post(new MultipartBody().file("content", "a.jpg", photo).field("size", "big").field("styleName", "candy")),
            400, "whole number");
        assertError(t.post(realtimeJob("starry_night", 128).field("preserveColors", "sepia")), 400, "preserveColors");
        assertError(t.post(realtimeJob("starry_night", 128).field("colour", "red")), 400, "unknown field 'colour'");
        assertError(t.post(realtimeJob("starry_night", 128).field("styleName", "candy")), 400, "one style per job");
        assertError(t.post(new MultipartBody().file("content", "a.jpg", photo).field("method", "realtime")
            .file("style", "mine.jpg", photo)), 400, "use gatys");
        assertError(t.post(new MultipartBody().file("content", "a.jpg", photo).field("method", "gatys")
            .field("styleName", "candy").field("styleName", "udnie").field("styleWeights", "1")), 400, "styleWeights has 1 values");
        assertError(t.post(new MultipartBody().file("content", "a.jpg", photo).field("method", "gatys")
            .field("styleName", "candy").field("styleWeights", "-1")), 400, "style weights must be finite numbers >= 0, got -1.0");
        assertError(t.post(new MultipartBody().file("content", "a.jpg", photo).field("method", "gatys")
            .field("styleName", "candy").field("styleName", "udnie").field("styleWeights", "0,0")), 400, "style weights must not all be zero");
        assertError(t.post(new MultipartBody().file("content", "a.jpg", photo).field("method", "realtime")), 400, "choose a style");
    }

    @Test
    void brokenImagesAre400AndNonImagesAre415() {
        byte[] truncated = java.util.Arrays.copyOf(photo, photo.length / 3);
        assertError(t.post(new MultipartBody().file("content", "cut.jpg", truncated).field("styleName", "candy")), 400, "truncated");
        assertError(t.post(new MultipartBody().file("content", "empty.jpg", new byte[0]).field("styleName", "candy")), 400, "empty");
        // named like a photo, but text: the type comes from the content
        assertError(t.post(new MultipartBody().file("content", "photo.jpg", "hello, not a picture".getBytes())
            .field("styleName", "candy")), 415, "not an image");
        assertError(t.post(new MultipartBody().file("content", "a.jpg", photo).field("method", "gatys")
            .file("style", "painting.png", "<svg></svg>".getBytes())), 415, "style (painting.png)");
        assertError(t.send(HttpRequest.newBuilder(t.uri("/api/jobs")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"content\": 1}"))), 415, "multipart/form-data");
    }

    @Test
    void tooLargeUploadsAndTooManyPixelsAre413() {
        byte[] big = new byte[3 << 20];
        System.arraycopy(photo, 0, big, 0, photo.length); // a JPEG start, then zeros: only the size matters
        assertError(t.post(new MultipartBody().file("content", "huge.jpg", big).field("styleName", "candy")), 413, "too large");
        // 2500 x 2000 = 5 MP over the 4 MP limit, though the file is small: refused from the header
        byte[] wide = Images.png(2500, 2000);
        assertThat(wide.length).isLessThan(2 << 20);
        assertError(t.post(new MultipartBody().file("content", "wide.png", wide).field("styleName", "candy")), 413, "exceeds the limit");
    }

    @Test
    void requestsFromOtherSitesAre403() {
        MultipartBody form = realtimeJob("candy", 128);
        HttpResponse<byte[]> r = t.send(HttpRequest.newBuilder(t.uri("/api/jobs")).header("Content-Type", form.contentType())
            .header("Origin", "http://evil.example").POST(form.publisher()));
        assertError(r, 403, "other web sites");
    }

    @Test
    void foreignHostNamesAre403() throws Exception {
        // a browser tricked by DNS rebinding sends the attacker's host name; java's client cannot fake Host
        for (String path : List.of("/", "/api/methods")) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", t.server.port())) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: evil.example:" + t.server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes());
                String answer = new String(socket.getInputStream().readAllBytes());
                assertThat(answer).startsWith("HTTP/1.1 403").contains("answers only to 127.0.0.1");
            }
        }
        assertThat(t.get("/api/methods").statusCode()).isEqualTo(200);
    }

    @Test
    void damagedImagesNeverGet500() {
        java.util.Random random = new java.util.Random(7);
        byte[] png = Images.png(64, 48);
        for (int i = 0; i < 40; i++) {
            byte[] bad = (i % 2 == 0 ? photo : png).clone();
            int limit = Math.min(bad.length, 400); // headers live at the start
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                bad[3 + random.nextInt(limit - 3)] = (byte) random.nextInt(256);
            }
            if (i % 5 == 0) {
                bad = java.util.Arrays.copyOf(bad, 10 + random.nextInt(300));
            }
            HttpResponse<byte[]> r = t.post(new MultipartBody().file("content", "bad" + i, bad).field("method", "fake")
                .field("styleName", "plain"));
            assertThat(r.statusCode()).as(new String(r.body())).isIn(202, 400, 413, 415, 429);
        }
    }

    @Test
    void malformedRequestsNeverGet500() {
        List<HttpRequest.Builder> requests = List.of(
            HttpRequest.newBuilder(t.uri("/api/jobs")).header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nabc")),
            HttpRequest.newBuilder(t.uri("/api/jobs")).header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("garbage")),
            HttpRequest.newBuilder(t.uri("/api/jobs")).header("Content-Type", "multipart/form-data; boundary=")
                .POST(HttpRequest.BodyPublishers.noBody()),
            HttpRequest.newBuilder(t.uri("/api/jobs")).POST(HttpRequest.BodyPublishers.noBody()),
            HttpRequest.newBuilder(t.uri("/api/jobs")).PUT(HttpRequest.BodyPublishers.ofString("x")),
            HttpRequest.newBuilder(t.uri("/api/jobs/%00")).GET(),
            HttpRequest.newBuilder(t.uri("/api/jobs")).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"" + "n".repeat(5000)
                    + "\"\r\n\r\nv\r\n--b--\r\n")));
        for (HttpRequest.Builder request : requests) {
            HttpResponse<byte[]> r = t.send(request);
            assertThat(r.statusCode()).as(new String(r.body())).isBetween(400, 499);
        }
    }
}
