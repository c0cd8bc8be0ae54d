package dev.easel.spark;

import dev.easel.EaselException;
import dev.easel.io.FileNames;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each photo's result goes, by {@code easel batch}'s rule: FOLDER/STEM.FORMAT below the output, mirroring the
 * photo's folders; two photos that would share a name (a.jpg, a.png) keep their extension (a.jpg.png, a.png.png). A
 * re-run maps every photo to the same name, which is what resuming relies on.
 */
final class OutputNames {
    private OutputNames() {
    }

    /** Relative photo path to relative output path, in the photos' order. */
    static Map<String, String> of(List<String> relatives, String extension) {
        Map<String, Integer> uses = new HashMap<>();
        for (String r : relatives) {
            uses.merge(name(r, extension, false), 1, Integer::sum);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        Map<String, String> taken = new HashMap<>();
        for (String r : relatives) {
            String out = name(r, extension, false);
            if (uses.get(out) > 1) {
                out = name(r, extension, true);
            }
            String other = taken.putIfAbsent(out, r);
            if (other != null) {
                throw new EaselException(r + " and " + other + " would both be written to " + out
                    + "; rename one, or run them as separate jobs");
            }
            outputs.put(r, out);
        }
        return outputs;
    }

    private static String name(String relative, String extension, boolean keepExtension) {
        int slash = relative.lastIndexOf('/');
        String file = relative.substring(slash + 1);
        return relative.substring(0, slash + 1) + (keepExtension ? file : FileNames.stem(file)) + "." + extension;
    }
}
