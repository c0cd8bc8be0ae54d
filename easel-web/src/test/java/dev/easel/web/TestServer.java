package dev.easel.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.vgg.VggLocator;
import dev.easel.web.bench.MultipartBody;
import dev.easel.web.methods.MethodCatalog;
import dev.easel.web.methods.WebMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A real server on a random loopback port, with the installed methods plus {@link FakeMethod}, and an HTTP client. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final WebServer server;
    final FakeMethod fake = new FakeMethod();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The installed methods plus the fake one. */
    TestServer(UnaryOperator<WebConfig.Builder> tune) {
        this(tune, true);
    }

    TestServer(UnaryOperator<WebConfig.Builder> tune, boolean installedMethods) {
        this(tune, installedMethods, Clock.systemUTC());
    }

    /** With the clock jobs are timed by: a test moves it and calls {@code server.sweep()} instead of waiting. */
    TestServer(UnaryOperator<WebConfig.Builder> tune, boolean installedMethods, Clock clock) {
        // No minimum upload rate unless a test sets one: on a loaded CI machine a small local upload can
        // stall long enough to be cut off (408), which is what UploadSlotsTest checks on purpose.
        WebConfig config = tune.apply(WebConfig.defaults().toBuilder().port(0).paintingsDir(paintings()).minUploadRate(0)).build();
        server = WebServer.start(config, paintings -> {
            List<WebMethod> methods = new ArrayList<>();
            MethodCatalog installed = installedMethods ? MethodCatalog.standard(config, paintings) : null;
            if (installed != null) {
                methods.addAll(installed.all());
            }
            methods.add(fake);
            return new MethodCatalog(methods, installed);
        }, clock);
    }

    static Path shared() {
        return VggLocator.sharedDirectory();
    }

    static Path paintings() {
        return shared().resolve("images/style");
    }

    static Path photo() {
        return shared().resolve("images/content/tubingen.jpg");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<byte[]> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    HttpResponse<byte[]> post(MultipartBody form) {
        return send(HttpRequest.newBuilder(uri("/api/jobs")).header("Content-Type", form.contentType()).POST(form.publisher()));
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + new String(response.body()), e);
        }
    }

    /** Polls the job until it is finished or the deadline passes; returns its last status. */
    JsonNode awaitFinished(String id, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode status;
        do {
            status = json(get("/api/jobs/" + id));
            String state = status.path("state").asText();
            if (state.equals("done") || state.equals("failed") || state.equals("cancelled")) {
                return status;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        throw new AssertionError("job " + id + " did not finish in " + timeout + ": " + status);
    }

    /** Polls until the job reaches {@code state}. */
    void awaitState(String id, String state, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (json(get("/api/jobs/" + id)).path("state").asText().equals(state)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " never reached " + state);
    }

    @Override
    public void close() {
        fake.releaseAll();
        server.close();
    }
}
