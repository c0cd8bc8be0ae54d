package dev.easel.spark;

import dev.easel.EaselException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The shipped models travel inside this module's jar (easel-models/), so on a cluster {@code --model candy} works with
 * nothing installed: where {@code -Deasel.models} does not name a folder, they are unpacked once per JVM and the model
 * registry pointed at them.
 */
final class BundledModels {
    static final String FOLDER = "easel-models/";
    private static boolean installed;

    private BundledModels() {
    }

    static synchronized void install() {
        String configured = System.getProperty("easel.models");
        if (installed || (configured != null && Files.isDirectory(Path.of(configured)))) {
            return;
        }
        try {
            Path target = Files.createTempDirectory("easel-models-");
            target.toFile().deleteOnExit();
            Path source = Path.of(BundledModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) { // running from target/classes
                copyFolder(source.resolve(FOLDER), target);
            } else {
                unpack(source, target);
            }
            System.setProperty("easel.models", target.toString());
            installed = true;
        } catch (IOException | URISyntaxException e) {
            throw new EaselException("cannot unpack the shipped models (" + e.getMessage() + ")", e);
        }
    }

    private static void copyFolder(Path folder, Path target) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
                target.resolve(f.getFileName().toString()).toFile().deleteOnExit();
            }
        }
    }

    private static void unpack(Path jar, Path target) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                if (e.isDirectory() || !name.startsWith(FOLDER) || name.indexOf('/', FOLDER.length()) >= 0) {
                    continue;
                }
                Path out = target.resolve(name.substring(FOLDER.length()));
                try (InputStream in = file.getInputStream(e)) {
                    Files.copy(in, out);
                }
                out.toFile().deleteOnExit();
            }
        }
    }
}
