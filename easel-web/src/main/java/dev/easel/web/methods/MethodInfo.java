package dev.easel.web.methods;

/**
 * What the page and API clients need to know about a method: what it takes and its size limits.
 *
 * @param name         the name used in requests, e.g. "realtime"
 * @param description  one line for people
 * @param available    whether it can run here (a method may lack its model or weights)
 * @param reason       why not, when it is not available; else null
 * @param maxStyles    how many styles one job may mix (1: no mixing)
 * @param uploads      whether an uploaded painting can be the style
 * @param previews     whether it reports intermediate images while it works
 * @param minSize      smallest output long side accepted
 * @param defaultSize  output long side when the request names none
 * @param maxSize      largest output long side accepted
 * @param maxRefine    most Gatys iterations per level a job may finish the picture with (0: none)
 */
public record MethodInfo(String name, String description, boolean available, String reason, int maxStyles,
                         boolean uploads, boolean previews, int minSize, int defaultSize, int maxSize,
                         int maxRefine) {
    public static final int MIN_SIZE = 64;
    /** Styles one web job of a method that mixes may take (the server's limit on a job's work; the CLI has none). */
    public static final int MAX_MIXED_STYLES = 4;
}
