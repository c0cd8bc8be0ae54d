package dev.easel.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's own refusals, made before any route runs (a URI too long: 414, headers too large: 431, a malformed
 * request: 400), as the same JSON {@link ErrorBody} as every other error instead of Jetty's HTML page.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
        fields.put("Content-Type", "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              jakarta.servlet.http.HttpServletResponse response, int code, String message)
        throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        response.getOutputStream().write(body(code, message));
    }

    private static byte[] body(int status, String reason) {
        String message = switch (status) {
            case 414 -> "the address is too long";
            case 431 -> "the request headers are too large";
            default -> reason == null || reason.isBlank() ? "bad request" : JobForm.printable(reason);
        };
        try {
            return JSON.writeValueAsBytes(new ErrorBody(status, message));
        } catch (IOException e) {
            return ("{\"status\":" + status + ",\"error\":\"bad request\"}").getBytes(StandardCharsets.US_ASCII);
        }
    }
}
