package dev.easel.web.api;

/** The JSON body of every error response: {"status": 413, "error": "what went wrong and what to do"}. */
public record ErrorBody(int status, String error) {
}
