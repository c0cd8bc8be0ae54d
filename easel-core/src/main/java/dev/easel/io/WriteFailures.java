package dev.easel.io;

import java.nio.file.AccessDeniedException;
import java.util.Locale;

/**
 * Says why a write failed in words a user acts on. Java's writers wrap the system's reason ("No space left on
 * device") in their own ("I/O error writing PNG file!"), so the causes are searched for the reasons that matter.
 */
public final class WriteFailures {
    private WriteFailures() {
    }

    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left on device") || m.contains("disk quota exceeded")) {
                return "the disk is full (no space left on device)";
            }
            if (m.contains("read-only file system")) {
                return "the file system is read-only";
            }
            if (t instanceof AccessDeniedException || m.contains("permission denied")) {
                return "permission denied";
            }
            if (t instanceof java.nio.file.NotDirectoryException) {
                return t.getMessage() + " is a file, not a folder";
            }
        }
        return String.valueOf(failure);
    }

    /** Whether a failure means the disk is full: the same error for every file written after it. */
    public static boolean diskFull(Throwable failure) {
        return describe(failure).startsWith("the disk is full");
    }
}
