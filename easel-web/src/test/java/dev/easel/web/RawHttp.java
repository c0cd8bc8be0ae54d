package dev.easel.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP over a plain socket, for what java.net.http will not do: send any Host header, come from another loopback
 * address (127.0.0.2 is another client to the server), or send a body slowly.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, no blank line) and {@code body} from {@code from}; returns the whole answer. */
    static String exchange(int port, String from, String head, byte[] body) {
        try (Socket socket = open(port, from)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Socket open(int port, String from) throws IOException {
        return new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0);
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** The JSON body of an answer. */
    static String body(String answer) {
        int start = answer.indexOf("\r\n\r\n");
        return start < 0 ? "" : answer.substring(start + 4);
    }
}
