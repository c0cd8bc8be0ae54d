package dev.easel.web;

import dev.easel.web.bench.MultipartBody;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow senders against a real server: uploads that send their headers and then a byte a second must neither hold
 * every upload slot (a client address gets two) nor hold any for long (a minimum upload rate cuts them off).
 */
class UploadSlotsTest {
    private static final String PREAMBLE = "--b\r\nContent-Disposition: form-data; name=\"content\"; filename=\"a.png\"\r\n\r\n";

    @Test
    void tricklingUploadsFromOneAddressLeaveRoomForOthers() throws Exception {
        try (TestServer t = new TestServer(c -> c.minUploadRate(0), false); Trickle trickle = new Trickle(t.server.port(), 4)) {
            Thread.sleep(500); // all four are in
            long start = System.nanoTime();
            MultipartBody job = new MultipartBody().file("content", "small.png", Images.png(40, 30)).field("method", "fake")
                .field("styleName", "plain");
            String answer = RawHttp.exchange(t.server.port(), "127.0.0.2", "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                + job.contentType() + "\r\nContent-Length: " + job.bytes().length, job.bytes());
            assertThat(answer).as(answer).startsWith("HTTP/1.1 202");
            assertThat((System.nanoTime() - start) / 1e9).as("seconds to be admitted").isLessThan(1.9); // no wait for a slot
            assertThat(trickle.answers()).as("the 3rd and 4th from the same address")
                .filteredOn(a -> a.startsWith("HTTP/1.1 429")).hasSize(2)
                .allMatch(a -> a.contains("this address is already sending 2 uploads"));
        }
    }

    @Test
    void anUploadSlowerThanTheMinimumRateIsCutOffWith408() throws Exception {
        try (TestServer t = new TestServer(c -> c.minUploadRate(4096), false); Trickle trickle = new Trickle(t.server.port(), 1)) {
            long end = System.nanoTime() + 20_000_000_000L;
            while (trickle.answers().isEmpty() && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(trickle.answers()).hasSize(1);
            assertThat(trickle.answers().get(0)).startsWith("HTTP/1.1 408").contains("\"status\":408", "too slow");
            assertThat(trickle.elapsedSeconds()).as("seconds until cut off").isLessThan(10);
        }
    }

    /** Connections that send a form's headers and then one byte a second, each answer collected as it comes. */
    static final class Trickle implements AutoCloseable {
        private final List<Socket> sockets = new ArrayList<>();
        private final List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        private final ScheduledExecutorService drip = Executors.newScheduledThreadPool(1);
        private final List<Thread> readers = new ArrayList<>();
        private final long started = System.nanoTime();
        private volatile double answeredAfter;

        Trickle(int port, int connections) throws IOException {
            for (int i = 0; i < connections; i++) {
                Socket socket = RawHttp.open(port, "127.0.0.1");
                socket.getOutputStream().write(("POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n" + PREAMBLE)
                    .getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                sockets.add(socket);
                Thread reader = new Thread(() -> {
                    try {
                        String answer = RawHttp.readAll(socket.getInputStream());
                        if (!answer.isEmpty()) {
                            answeredAfter = (System.nanoTime() - started) / 1e9;
                            answers.add(answer);
                        }
                    } catch (IOException closed) {
                        // closed by the test
                    }
                });
                reader.setDaemon(true);
                reader.start();
                readers.add(reader);
            }
            drip.scheduleAtFixedRate(() -> {
                for (Socket s : sockets) {
                    try {
                        OutputStream out = s.getOutputStream();
                        out.write('x');
                        out.flush();
                    } catch (IOException closed) {
                        // answered and closed by the server
                    }
                }
            }, 1, 1, TimeUnit.SECONDS);
        }

        List<String> answers() {
            return List.copyOf(answers);
        }

        double elapsedSeconds() {
            return answeredAfter;
        }

        @Override
        public void close() throws IOException {
            drip.shutdownNow();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
