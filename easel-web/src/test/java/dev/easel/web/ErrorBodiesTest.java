package dev.easel.web;

import dev.easel.web.bench.MultipartBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error is the documented JSON body, Jetty's own refusals (414, 431) included; a wrong method is 405. */
class ErrorBodiesTest {
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer(c -> c, false);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, /api/nope, 404",
        "DELETE, /api/methods, 405",
        "PUT, /api/jobs, 405",
        "GET, /api/jobs/..%2F..%2Fetc, 404",
    })
    void routeErrorsAreJson(String method, String path, int status) {
        String answer = RawHttp.exchange(t.server.port(), "127.0.0.1", method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1", new byte[0]);
        assertThat(answer).startsWith("HTTP/1.1 " + status).containsIgnoringCase("Content-Type: application/json")
            .contains("\"status\":" + status, "\"error\":");
    }

    @Test
    void aLongAddressOrHugeHeadersAreJsonToo() {
        String longUri = RawHttp.exchange(t.server.port(), "127.0.0.1", "GET /api/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1",
            new byte[0]);
        assertThat(longUri).startsWith("HTTP/1.1 414").contains("\"status\":414");
        String bigHeader = RawHttp.exchange(t.server.port(), "127.0.0.1", "GET /api/methods HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
            + "b".repeat(20_000), new byte[0]);
        assertThat(bigHeader).startsWith("HTTP/1.1 431").contains("\"status\":431");
    }

    @Test
    void aTiffUploadIsAccepted() {
        var r = t.post(new MultipartBody().file("content", "photo.tif", Images.tiff(40, 30)).field("method", "fake").field("styleName", "plain"));
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(202);
    }
}
