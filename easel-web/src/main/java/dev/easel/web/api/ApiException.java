package dev.easel.web.api;

import dev.easel.InvalidSettingException;

/**
 * A request the server refuses, with the HTTP status and a message written for the person who sent it.
 * Every refusal the API can give goes through this, so the page can show each one as it is.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final Integer retryAfterSeconds;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    private ApiException(int status, String message, Integer retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /**
     * Runs core's check of request values; a value core refuses is a 400 with core's message, whose names for the
     * values ("strength", "style weights") are the form's words too.
     */
    public static void checkSetting(Runnable coreCheck) {
        try {
            coreCheck.run();
        } catch (InvalidSettingException e) {
            throw badRequest(e.getMessage());
        }
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, message);
    }

    public static ApiException unsupportedType(String message) {
        return new ApiException(415, message);
    }

    /** 429 with a Retry-After header: the queue is full. */
    public static ApiException busy(String message, int retryAfterSeconds) {
        return new ApiException(429, message, Math.max(1, retryAfterSeconds));
    }

    public int status() {
        return status;
    }

    /** Seconds to wait before trying again, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
