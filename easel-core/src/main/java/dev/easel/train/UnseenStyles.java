package dev.easel.train;

import dev.easel.EaselException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps the unseen test paintings (images/style) out of arbitrary-style training: a training folder that
 * holds any of them, by file name or by content, is refused, since a network trained on its test styles
 * would score them unfairly well.
 */
final class UnseenStyles {
    private UnseenStyles() {
    }

    /**
     * @param trainingFiles the paintings to train on
     * @param testStyles    the folder of test paintings; nothing is checked if it does not exist
     * @throws EaselException naming the first test painting found among the training files
     */
    public static void refuseAny(List<Path> trainingFiles, Path testStyles) {
        if (!Files.isDirectory(testStyles)) {
            return;
        }
        Map<String, Path> byName = new HashMap<>();
        Map<Long, List<Path>> bySize = new HashMap<>();
        try (Stream<Path> s = Files.list(testStyles)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byName.put(p.getFileName().toString().toLowerCase(Locale.ROOT), p);
                bySize.computeIfAbsent(Files.size(p), k -> new ArrayList<>()).add(p);
            }
            for (Path f : trainingFiles) {
                Path sameName = byName.get(f.getFileName().toString().toLowerCase(Locale.ROOT));
                Path match = sameName;
                for (Path candidate : sameName == null ? bySize.getOrDefault(Files.size(f), List.of()) : List.<Path>of()) {
                    if (Arrays.equals(sha256(candidate), sha256(f))) {
                        match = candidate;
                    }
                }
                if (match != null) {
                    throw new EaselException(f + " is the unseen test painting " + match.getFileName() + " (from " + testStyles
                        + "): the test styles must never be trained on. Remove it from the training styles.");
                }
            }
        } catch (IOException e) {
            throw new EaselException("cannot check the training paintings against " + testStyles + ": " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
