package dev.easel.web.jobs;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Job ids: 128 random bits from SecureRandom, URL-safe Base64 (22 characters). Knowing one id tells
 * nothing about another, so a job's result is reachable only by whoever started it.
 */
public final class JobIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private JobIds() {
    }

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code id} has the shape of an id; anything else is never looked up nor used in a file name. */
    public static boolean isWellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
