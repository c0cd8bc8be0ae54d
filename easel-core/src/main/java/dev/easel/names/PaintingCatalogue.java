package dev.easel.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Titles and artists of paintings, from a small tab-separated file beside them ({@value #FILE}: name, title,
 * artist, year; '#' starts a comment). A painting it does not list gets a title made from its file name.
 */
public final class PaintingCatalogue {
    public static final String FILE = "paintings.tsv";

    /** @param artist "" where unknown; @param year "" where unknown */
    public record Entry(String title, String artist, String year) {
        public Entry {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a catalogue entry needs a title");
            }
            artist = artist == null ? "" : artist;
            year = year == null ? "" : year;
        }
    }

    private final Map<String, Entry> entries;

    private PaintingCatalogue(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The catalogues in {@code folders}, the first folder's entry where two list a painting; missing files are skipped. */
    public static PaintingCatalogue load(List<Path> folders) {
        Map<String, Entry> entries = new HashMap<>();
        for (Path folder : folders) {
            Path file = folder.resolve(FILE);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.split("\t", -1);
                    if (line.isBlank() || line.startsWith("#") || f.length < 2 || f[1].isBlank()) {
                        continue;
                    }
                    entries.putIfAbsent(f[0].trim(), new Entry(f[1].trim(), f.length > 2 ? f[2].trim() : "", f.length > 3 ? f[3].trim() : ""));
                }
            } catch (IOException e) {
                // a catalogue is a courtesy: the file names still work
            }
        }
        return new PaintingCatalogue(entries);
    }

    public Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** The catalogue's title, else the name made readable: "woman-with-hat" becomes "Woman with hat". */
    public String title(String name) {
        return find(name).map(Entry::title).orElseGet(() -> fromFileName(name));
    }

    static String fromFileName(String name) {
        String spaced = name.replace('_', ' ').replace('-', ' ').trim();
        return spaced.isEmpty() ? name : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
