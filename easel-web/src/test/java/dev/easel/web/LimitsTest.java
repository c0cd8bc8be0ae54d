package dev.easel.web;

import dev.easel.web.bench.MultipartBody;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Time limits, expiry and the bounds on kept results, each on a server tuned to show it quickly. */
class LimitsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static MultipartBody fakeJob() {
        return new MultipartBody().file("content", "small.png", Images.png(40, 30)).field("method", "fake")
            .field("styleName", "plain");
    }

    private static String submit(TestServer t) {
        var r = t.post(fakeJob());
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(202);
        return TestServer.json(r).get("id").asText();
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(WebConfig.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(WebConfig.defaults().port()).isEqualTo(8080);
        try (TestServer t = new TestServer(c -> c, false)) {
            assertThat(t.server.url()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void aJobOverTheTimeLimitIsStoppedAndFails() throws Exception {
        try (TestServer t = new TestServer(c -> c.withQueue(2, Duration.ofMillis(500)), false)) {
            t.fake.hold();
            String id = submit(t);
            JsonNode end = t.awaitFinished(id, WAIT);
            assertThat(end.get("state").asText()).isEqualTo("failed");
            assertThat(end.get("error").asText()).contains("longer than the server's limit");
            assertThat(t.fake.cancelled.get()).isEqualTo(1);
            assertThat(t.get("/api/jobs/" + id + "/result").statusCode()).isEqualTo(409);
        }
    }

    @Test
    void finishedJobsExpireWithTheirFiles(@TempDir Path data) throws Exception {
        try (TestServer t = new TestServer(c -> c.withDataDir(data).withRetention(Duration.ofSeconds(1), 100), false)) {
            String id = submit(t);
            assertThat(t.awaitFinished(id, WAIT).get("state").asText()).isEqualTo("done");
            assertThat(pngs(data)).isEqualTo(1);
            long end = System.nanoTime() + WAIT.toNanos();
            while (t.get("/api/jobs/" + id).statusCode() != 404 && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(t.get("/api/jobs/" + id + "/result").statusCode()).isEqualTo(404);
            assertThat(pngs(data)).isZero();
        }
    }

    @Test
    void onlyTheNewestResultsAreKept(@TempDir Path data) throws Exception {
        try (TestServer t = new TestServer(c -> c.withDataDir(data).withRetention(Duration.ofSeconds(4), 2), false)) {
            String first = submit(t);
            t.awaitFinished(first, WAIT);
            Thread.sleep(5); // distinct finish times
            String second = submit(t);
            t.awaitFinished(second, WAIT);
            Thread.sleep(5);
            String third = submit(t);
            t.awaitFinished(third, WAIT);
            long end = System.nanoTime() + WAIT.toNanos();
            while (t.get("/api/jobs/" + first).statusCode() != 404 && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(t.get("/api/jobs/" + first).statusCode()).isEqualTo(404);
            assertThat(t.get("/api/jobs/" + third).statusCode()).isEqualTo(200);
            assertThat(pngs(data)).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void gatysPaintsAnUploadedPaintingMixedWithAGalleryOneAndStreamsPreviews() throws Exception {
        WebConfig.GatysLimits tiny = new WebConfig.GatysLimits(64, 96, 6, 0, 0, 2);
        try (TestServer t = new TestServer(c -> c.withGatys(tiny))) {
            byte[] photo = Files.readAllBytes(TestServer.photo());
            byte[] painting = Files.readAllBytes(TestServer.paintings().resolve("udnie.jpg"));
            var r = t.post(new MultipartBody().file("content", "tubingen.jpg", photo).field("method", "gatys")
                .file("style", "my painting.jpg", painting).field("styleName", "candy").field("styleWeights", "3,1")
                .field("preserveColors", "luminance").field("strength", "0.8"));
            assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(202);
            String id = TestServer.json(r).get("id").asText();
            int previews = 0;
            JsonNode status;
            long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            do {
                status = TestServer.json(t.get("/api/jobs/" + id));
                previews = Math.max(previews, status.get("previewVersion").asInt());
                Thread.sleep(50);
            } while (!status.get("state").asText().matches("done|failed|cancelled") && System.nanoTime() < end);
            assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("done");
            assertThat(status.get("width").asInt()).isEqualTo(64);
            assertThat(status.get("styles").get(0).asText()).isEqualTo("upload: my painting");
            assertThat(previews).as("previews every 2 of 6 iterations").isGreaterThanOrEqualTo(2);
            assertThat(t.get("/api/jobs/" + id + "/result").statusCode()).isEqualTo(200);
        }
    }

    private static long pngs(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("results"))) {
            return files.filter(f -> f.toString().endsWith(".png")).count();
        }
    }
}
