package dev.easel.web.jobs;

import java.util.regex.Pattern;

/**
 * A failed job's message as a web user should read it: without the server's file paths (where its files live is
 * none of the client's business) and without command-line hints ("use --force", "raise it with --max-pixels"),
 * which mean nothing in a browser.
 */
final class ClientMessages {
    /** An absolute path, up to a space, quote, bracket or the ": " after it. */
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])/[^\\s()'\":,;]+");
    /** A clause or bracket that names a flag: "; use --force to overwrite", " (raise it with --max-pixels)". */
    private static final Pattern FLAG_HINT = Pattern.compile("\\s*(\\([^()]*--[a-z][^()]*\\)|[;,][^;,()]*--[a-z][^;,()]*)");

    private ClientMessages() {
    }

    static String of(String message) {
        if (message == null || message.isBlank()) {
            return "the job failed";
        }
        String m = FLAG_HINT.matcher(message).replaceAll("");
        m = PATH.matcher(m).replaceAll(match -> {
            String path = match.group();
            return java.util.regex.Matcher.quoteReplacement(path.substring(path.lastIndexOf('/') + 1));
        });
        return m.trim();
    }
}
