package dev.easel.web.api;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Reads a multipart request body into its parts within the server's limits: its size, its number of parts and
 * the slowest rate a sender may upload at; each broken limit is an {@link ApiException} the client can act on.
 *
 * @param maxBytes          largest body (all parts together)
 * @param minBytesPerSecond the rate below which Jetty cuts an upload off (named in the 408 message)
 * @param spoolDir          where parts over 1 MB are spooled while the request is read
 */
record FormParts(long maxBytes, long minBytesPerSecond, Path spoolDir) {
    private static final int MAX_PARTS = 16;
    private static final String JETTY_MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

    /** The request's parts, or an {@link ApiException} saying what is wrong with the body. */
    Collection<Part> read(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.unsupportedType("send the job as multipart/form-data (curl -F content=@photo.jpg -F styleName=...),"
                + " got " + (type == null ? "no Content-Type" : JobForm.printable(type)));
        }
        if (request.getContentLengthLong() > maxBytes) {
            throw ApiException.tooLarge(tooLargeMessage());
        }
        // Parts over 1 MB are spooled to disk while the request is read, and deleted when it ends.
        request.setAttribute(JETTY_MULTIPART_CONFIG,
            new MultipartConfigElement(spoolDir.toString(), maxBytes, maxBytes, 1 << 20));
        try {
            Collection<Part> parts = request.getParts();
            if (parts.size() > MAX_PARTS) {
                throw ApiException.badRequest("too many form fields (" + parts.size() + "); at most " + MAX_PARTS);
            }
            return parts;
        } catch (IOException | ServletException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            // Jetty's minimum request data rate: "Request content data rate < N B/s" (a BadMessageException, 408)
            if (causeSays(e, "data rate")) {
                throw new ApiException(408, "the upload was too slow; the server needs at least " + minRateText() + " while it reads");
            }
            // Jetty's size limits: "Request exceeds maxRequestSize", "... exceeds max filesize"
            if (causeSays(e, "exceeds max", "maxRequestSize", "max filesize")) {
                throw ApiException.tooLarge(tooLargeMessage());
            }
            throw ApiException.badRequest("malformed multipart body: " + JobForm.printable(e.getMessage()));
        }
    }

    private String minRateText() {
        return (minBytesPerSecond >> 10) + " KB/s";
    }

    /** Whether {@code e} or one of its causes has a message containing one of {@code phrases}. */
    private static boolean causeSays(Exception e, String... phrases) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && Arrays.stream(phrases).anyMatch(m::contains)) {
                return true;
            }
        }
        return false;
    }

    private String tooLargeMessage() {
        return "the upload is too large: at most " + (maxBytes >> 20) + " MB per request";
    }
}
