package dev.easel.web;

import dev.easel.web.bench.MultipartBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server bound off loopback (0.0.0.0, named easel.test): every request must show the access token and name the
 * public host; the printed address carries both. Requests go over raw sockets to set any Host header.
 */
class OffLoopbackTest {
    static TestServer t;
    static String token;
    static int port;

    @BeforeAll
    static void start() {
        t = new TestServer(c -> c.host("0.0.0.0").access(new WebConfig.Access("easel.test", null)), false);
        token = t.server.token();
        port = t.server.port();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static String get(String path, String host, String... headers) {
        return RawHttp.exchange(port, "127.0.0.1", "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
            + (headers.length == 0 ? "" : "\r\n" + String.join("\r\n", headers)), new byte[0]);
    }

    @Test
    void aTokenIsGeneratedAndTheAddressNamesThePublicHostWithIt() {
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);
        assertThat(t.server.url()).isEqualTo("http://easel.test:" + port + "/?token=" + token);
        try (TestServer other = new TestServer(c -> c.host("0.0.0.0").access(new WebConfig.Access("easel.test", null)), false)) {
            assertThat(other.server.token()).isNotEqualTo(token);
        }
    }

    @Test
    void withoutTheTokenThePageAndTheApiAre401() {
        for (String path : new String[] {"/", "/api/methods", "/api/jobs/abc", "/index.html"}) {
            String answer = get(path, "easel.test");
            assertThat(answer).as(path).startsWith("HTTP/1.1 401").contains("\"status\":401", "access token");
        }
        assertThat(get("/api/methods", "easel.test", "Authorization: Bearer wrong-token-0123456789")).startsWith("HTTP/1.1 401");
    }

    @Test
    void theTokenInTheAddressSetsACookieThatThePagesRequestsCarry() {
        String page = get("/?token=" + token, "easel.test");
        assertThat(page).startsWith("HTTP/1.1 200").contains("Set-Cookie: easel_token=" + token).containsIgnoringCase("HttpOnly");
        assertThat(get("/api/methods", "easel.test", "Cookie: easel_token=" + token)).startsWith("HTTP/1.1 200");
        assertThat(get("/api/methods", "easel.test", "Authorization: Bearer " + token)).startsWith("HTTP/1.1 200");
    }

    @Test
    void anotherHostNameOrAnotherSitesOriginIs403EvenWithTheToken() {
        String rebound = get("/api/methods", "evil.example", "Authorization: Bearer " + token);
        assertThat(rebound).startsWith("HTTP/1.1 403").contains("answers only to easel.test");
        MultipartBody job = new MultipartBody().file("content", "small.png", Images.png(40, 30)).field("method", "fake")
            .field("styleName", "plain");
        String crossSite = RawHttp.exchange(port, "127.0.0.1", "POST /api/jobs HTTP/1.1\r\nHost: easel.test:" + port
            + "\r\nOrigin: http://evil.example\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + job.contentType()
            + "\r\nContent-Length: " + job.bytes().length, job.bytes());
        assertThat(crossSite).startsWith("HTTP/1.1 403").contains("other web sites");
        String sameSite = RawHttp.exchange(port, "127.0.0.1", "POST /api/jobs HTTP/1.1\r\nHost: easel.test:" + port
            + "\r\nOrigin: http://easel.test:" + port + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + job.contentType()
            + "\r\nContent-Length: " + job.bytes().length, job.bytes());
        assertThat(sameSite).startsWith("HTTP/1.1 202");
    }
}
