package dev.easel.bench.quality;

import dev.easel.InvalidSettingException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way to spend a Gatys run's iterations, as {@code bench schedule} writes it: {@code COARSE/FINE@START}, the
 * iterations at each coarser level and at the final size, and the long side of the first level (0: the final size
 * only). An {@code adain+} prefix starts from the AdaIN network's picture instead of the photo.
 */
record GatysSchedule(String text, boolean fromAdain, int coarse, int fine, int startSize) {
    private static final Pattern FORM = Pattern.compile("(adain\\+)?(\\d+)/(\\d+)(?:@(\\d+))?");
    /** The first level's long side where a schedule does not say: {@code stylize}'s default. */
    static final int DEFAULT_START = 256;

    GatysSchedule {
        if (fine < 1 || coarse < 0 || startSize < 0) {
            throw new InvalidSettingException("schedule", "'" + text + "' needs at least 1 iteration at the final size");
        }
    }

    static GatysSchedule parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidSettingException("schedule", "'" + text + "' is not COARSE/FINE[@START], optionally after 'adain+'"
                + " (e.g. 300/150@256)");
        }
        int coarse = Integer.parseInt(m.group(2));
        // no coarse iterations means no coarse levels: the run starts at the final size
        int start = coarse == 0 ? 0 : m.group(4) == null ? DEFAULT_START : Integer.parseInt(m.group(4));
        return new GatysSchedule(text.trim(), m.group(1) != null, coarse, Integer.parseInt(m.group(3)), start);
    }

    /**
     * How {@code bench quality} names this schedule's cached pictures ("150c300"), so that a run of the default
     * schedule there is reused here; null for a schedule that starts from a network (its picture is not Gatys').
     */
    String cacheTag() {
        if (fromAdain) {
            return null;
        }
        String tag = GatysReference.tag(fine, startSize == 0 ? 0 : coarse);
        return startSize == DEFAULT_START || startSize == 0 ? tag : tag + "s" + startSize;
    }
}
