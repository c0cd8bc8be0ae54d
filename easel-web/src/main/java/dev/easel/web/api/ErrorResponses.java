package dev.easel.web.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure becomes a JSON {@link ErrorBody} with the right status; only a bug in the server is a 500. */
public final class ErrorResponses {
    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    public static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() != null) {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            }
            send(ctx, e.status(), e.getMessage());
        });
        // Javalin's own refusals: no such route (404), a body over its size limit (413)
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal server error; the server log has details");
        });
    }

    static void send(Context ctx, int status, String message) {
        ctx.status(status).json(new ErrorBody(status, message));
    }
}
