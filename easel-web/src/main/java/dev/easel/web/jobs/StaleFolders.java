package dev.easel.web.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the temporary result folders of servers that were killed (kill -9 runs no shutdown hook): they are
 * named with the server's process id, and one whose process is gone is left over.
 */
final class StaleFolders {
    private StaleFolders() {
    }

    static void deleteOfDeadServers(Path parent, String prefix) {
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "(\\d+)-.*");
        try (Stream<Path> folders = Files.list(parent)) {
            for (Path folder : folders.toList()) {
                Matcher m = name.matcher(folder.getFileName().toString());
                if (m.matches() && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !running(m.group(1))) {
                    deleteTree(folder);
                }
            }
        } catch (IOException e) {
            // a temporary folder we cannot list: nothing of ours to clean there
        }
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid we could have written: leave it alone
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the next start tries again
        }
    }
}
