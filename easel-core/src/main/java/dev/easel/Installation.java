package dev.easel;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where Easel is installed: the first folder above this library's jar (or classes folder) that holds a
 * {@code models} folder with model cards, as a checkout or an unpacked release does. Defaults are found from
 * there, not from the folder a program happens to run in; a jar from a Maven repository has none.
 */
public final class Installation {
    private static final Optional<Path> ROOT = find();

    private Installation() {
    }

    /** The installation folder, if this library runs from one. */
    public static Optional<Path> root() {
        return ROOT;
    }

    /** The shipped models: {@code models} in the installation. */
    public static Optional<Path> models() {
        return ROOT.map(r -> r.resolve("models"));
    }

    private static Optional<Path> find() {
        try {
            CodeSource source = Installation.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            for (Path dir = Path.of(source.getLocation().toURI()).toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
                if (hasModelCards(dir.resolve("models"))) {
                    return Optional.of(dir);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // an unusual class loader: no installation, the defaults fall back to the working folder
        }
        return Optional.empty();
    }

    private static boolean hasModelCards(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            return false;
        }
    }
}
