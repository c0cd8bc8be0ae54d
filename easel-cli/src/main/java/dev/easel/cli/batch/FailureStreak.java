package dev.easel.cli.batch;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Tells a batch when to give up: an unreadable photo is that photo's problem (its message names it), but
 * the same error for several photos in a row means the settings or the output folder are wrong and every photo
 * would fail. Messages are compared without the paths in them: each names its own photo and output (and a
 * write error its random temporary name), so otherwise no two would ever match.
 */
public final class FailureStreak {
    public static final int LIMIT = 3;
    /** A token with a slash in it: a path, as messages and the system's errors print them. */
    private static final Pattern PATH = Pattern.compile("[^\\s()'\"]*/[^\\s()'\"]*");

    private String last;
    private int count;

    public void success() {
        last = null;
        count = 0;
    }

    /**
     * Records a failure of stylizing or writing a photo; true when the last {@value #LIMIT} such failures came in a
     * row with the same message once the paths are taken out.
     *
     * @param paths the photo's own paths (input, output), taken out first so that a bare file name goes too
     */
    public boolean failure(String reason, Path... paths) {
        String general = withoutPaths(reason, paths);
        count = general.equals(last) ? count + 1 : 1;
        last = general;
        return count >= LIMIT;
    }

    static String withoutPaths(String reason, Path... paths) {
        String s = reason;
        for (Path p : paths) {
            s = s.replace(p.toAbsolutePath().toString(), "<path>").replace(p.toString(), "<path>");
            if (p.getFileName() != null) {
                s = s.replace(p.getFileName().toString(), "<file>");
            }
        }
        return PATH.matcher(s).replaceAll("<path>");
    }
}
