package dev.easel.spark;

import dev.easel.cli.StylizeFlags;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.Stylizer;
import org.apache.hadoop.conf.Configuration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loaded stylizers, kept for the life of the JVM (an executor) and keyed by their settings: a task borrows one and
 * gives it back when it ends, so the model and VGG are read once per JVM and reused by every later task, never per
 * photo or task. A {@link Stylizer} is not promised to be thread-safe, so tasks running at the same time each get
 * their own: an executor holds at most as many as it runs tasks at once.
 */
final class StylizerPool {
    /** Settings kept loaded at once; older ones are closed when a newer one comes back (a long-lived executor). */
    static final int MAX_SETTINGS = 4;

    /** A stylizer with the settings it was made from (local paths) and its styles, read once. */
    record Loaded(StylizeFlags flags, Stylizer stylizer, List<StyleInput> styles) {
    }

    private static final LinkedHashMap<StylizeFlags, Deque<Loaded>> IDLE = new LinkedHashMap<>(8, 0.75f, true);
    private static final Map<StylizeFlags, Integer> LOADS = new HashMap<>();

    private StylizerPool() {
    }

    /** An idle stylizer for these (qualified) settings, or a new one when all are busy. */
    static Loaded borrow(StylizeFlags flags, Configuration conf) {
        synchronized (IDLE) {
            Deque<Loaded> idle = IDLE.get(flags);
            if (idle != null && !idle.isEmpty()) {
                return idle.pop();
            }
        }
        Loaded loaded = load(flags, conf);
        synchronized (IDLE) {
            LOADS.merge(flags, 1, Integer::sum);
        }
        return loaded;
    }

    static void release(StylizeFlags flags, Loaded loaded) {
        synchronized (IDLE) {
            IDLE.computeIfAbsent(flags, f -> new ArrayDeque<>()).push(loaded);
            Iterator<Map.Entry<StylizeFlags, Deque<Loaded>>> oldest = IDLE.entrySet().iterator();
            while (IDLE.size() > MAX_SETTINGS && oldest.hasNext()) {
                oldest.next().getValue().forEach(l -> l.stylizer().close());
                oldest.remove();
            }
        }
    }

    /** How many times these settings were loaded in this JVM. */
    static int loads(StylizeFlags flags) {
        synchronized (IDLE) {
            return LOADS.getOrDefault(flags, 0);
        }
    }

    /** Reads the files the settings name (copies of remote ones) and builds the stylizer: what every check and task does. */
    static Loaded load(StylizeFlags flags, Configuration conf) {
        BundledModels.install();
        StylizeFlags local = RemoteFiles.localize(flags, conf);
        Stylizer stylizer = local.createStylizer();
        try {
            return new Loaded(local, stylizer, local.styleInputs());
        } catch (RuntimeException e) {
            stylizer.close();
            throw e;
        }
    }
}
