package dev.easel.web;

import dev.easel.web.bench.MultipartBody;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        try (TestServer t = new TestServer(c -> c.queue(2, Duration.ofMillis(500)), false)) {
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
        MovableClock clock = new MovableClock();
        try (TestServer t = new TestServer(c -> c.dataDir(data).retention(Duration.ofHours(1), 100), false, clock)) {
            String id = submit(t);
            assertThat(t.awaitFinished(id, WAIT).get("state").asText()).isEqualTo("done");
            assertThat(pngs(data)).isEqualTo(1);
            clock.advance(Duration.ofMinutes(59));
            t.server.sweep();
            assertThat(t.get("/api/jobs/" + id).statusCode()).as("not expired yet").isEqualTo(200);
            assertThat(pngs(data)).isEqualTo(1);
            clock.advance(Duration.ofMinutes(2));
            t.server.sweep();
            assertThat(t.get("/api/jobs/" + id).statusCode()).isEqualTo(404);
            assertThat(t.get("/api/jobs/" + id + "/result").statusCode()).isEqualTo(404);
            assertThat(pngs(data)).isZero();
        }
    }

    @Test
    void onlyTheNewestResultsAreKept(@TempDir Path data) throws Exception {
        // Results live an hour here, so only the cap of 2 can remove one; it applies as each job finishes.
        try (TestServer t = new TestServer(c -> c.dataDir(data).retention(Duration.ofHours(1), 2), false)) {
            String first = submit(t);
            t.awaitFinished(first, WAIT);
            Thread.sleep(5); // distinct finish times
            String second = submit(t);
            t.awaitFinished(second, WAIT);
            Thread.sleep(5);
            String third = submit(t);
            t.awaitFinished(third, WAIT);
            long end = System.nanoTime() + WAIT.toNanos(); // the cap is applied just after the job's state changes
            while (t.get("/api/jobs/" + first).statusCode() != 404 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertThat(t.get("/api/jobs/" + first).statusCode()).isEqualTo(404);
            assertThat(t.get("/api/jobs/" + second).statusCode()).isEqualTo(200);
            assertThat(t.get("/api/jobs/" + third).statusCode()).isEqualTo(200);
            assertThat(pngs(data)).isEqualTo(2);
        }
    }

    @Test
    void aCrashedRunsLeftoversAreClearedAtStart(@TempDir Path data) throws Exception {
        Path results = Files.createDirectories(data.resolve("results"));
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Path halfWritten = Files.writeString(results.resolve(".AAAAAAAAAAAAAAAAAAAAAA.png.3f2a9c01b4d5e6f7.tmp"), "partial");
        Path spooled = Files.writeString(uploads.resolve("MultiPart1234567890"), "a photo being uploaded");
        Path notOurs = Files.writeString(uploads.resolve("notes.txt"), "the user's");
        try (TestServer t = new TestServer(c -> c.dataDir(data), false)) {
            assertThat(halfWritten).doesNotExist();
            assertThat(spooled).doesNotExist();
            assertThat(notOurs).exists();
        }
    }

    @Test
    void anUnreadablePaintingHasNoThumbnailButIsNo500(@TempDir Path gallery) throws Exception {
        Files.write(gallery.resolve("good.png"), Images.png(40, 30));
        Files.writeString(gallery.resolve("broken.jpg"), "not a picture at all");
        try (TestServer t = new TestServer(c -> c.paintingsDir(gallery), false)) {
            assertThat(t.get("/api/styles/good/thumbnail").statusCode()).isEqualTo(200);
            for (int i = 0; i < 2; i++) { // the second answer comes from what the first one learned
                var broken = t.get("/api/styles/broken/thumbnail");
                assertThat(broken.statusCode()).isEqualTo(404);
                assertThat(TestServer.json(broken).get("error").asText()).contains("cannot be read");
            }
        }
    }

    @Test
    void uploadsBeyondThoseBeingReadAreRefusedWith429() throws Exception {
        try (TestServer t = new TestServer(c -> c.minUploadRate(0), false)) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) { // JobForm reads 4 forms at once: these send the start of one and stop
                    // from four addresses: one address may send only two at a time (UploadSlotsTest)
                    Socket socket = RawHttp.open(t.server.port(), "127.0.0." + (2 + i));
                    socket.getOutputStream().write(("POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n"
                        + "--b\r\nContent-Disposition: form-data; name=\"content\"; filename=\"a.png\"\r\n\r\n").getBytes());
                    socket.getOutputStream().flush();
                    stalled.add(socket);
                }
                // Once the four are being read, a fifth waits its turn briefly and is then refused. The probe is
                // a form refused after reading (400), so it never fills the job queue, whose 429 would be another.
                MultipartBody probe = new MultipartBody().file("content", "small.png", Images.png(40, 30))
                    .field("method", "fake").field("styleName", "not-plain");
                HttpResponse<byte[]> refused = null;
                long end = System.nanoTime() + WAIT.toNanos();
                while (refused == null && System.nanoTime() < end) {
                    HttpResponse<byte[]> r = t.post(probe);
                    if (r.statusCode() == 429) {
                        refused = r;
                    } else {
                        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(400);
                        Thread.sleep(20);
                    }
                }
                assertThat(refused).as("a 429 once four uploads are being read").isNotNull();
                assertThat(TestServer.json(refused).get("error").asText()).contains("other uploads");
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            } finally {
                for (Socket socket : stalled) {
                    socket.close(); // the server's reads end, and the forms are refused
                }
            }
            long end = System.nanoTime() + WAIT.toNanos();
            int status;
            do {
                status = t.post(fakeJob()).statusCode();
            } while (status == 429 && System.nanoTime() < end);
            assertThat(status).as("room again").isEqualTo(202);
        }
    }

    @Test
    void gatysPaintsAnUploadedPaintingMixedWithAGalleryOneAndStreamsPreviews() throws Exception {
        WebConfig.GatysLimits tiny = new WebConfig.GatysLimits(64, 96, 6, 0, 0, 2);
        try (TestServer t = new TestServer(c -> c.gatys(tiny))) {
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

    /** The jobs with files in the results folder: each has its result and its photo, which go together. */
    private static long pngs(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("results"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png")).toList();
            List<String> photos = names.stream().filter(n -> n.endsWith(".photo.png")).toList();
            List<String> results = names.stream().filter(n -> !n.endsWith(".photo.png")).toList();
            assertThat(photos).as("a photo beside each result").hasSameSizeAs(results);
            return results.size();
        }
    }
}
