package dev.easel.web.methods;

import dev.easel.names.Nearest;
import dev.easel.stylize.StyleLimits;
import dev.easel.web.api.ApiException;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The request checks every method shares: how many styles, uploads or not, known names. */
final class StyleChecks {
    private StyleChecks() {
    }

    static void check(MethodInfo info, Set<String> known, List<StyleChoice> styles) {
        String method = info.name();
        if (!info.available()) {
            throw ApiException.badRequest("method '" + method + "' is not available here: " + info.reason());
        }
        if (styles.isEmpty()) {
            throw ApiException.badRequest("choose a style: give styleName (see GET /api/styles)"
                + (info.uploads() ? " or upload a painting as 'style'" : ""));
        }
        if (styles.size() > info.maxStyles()) {
            throw ApiException.badRequest(info.maxStyles() == 1
                ? method + " paints one style per job; to mix styles use a method that mixes (see GET /api/methods)"
                : method + " mixes at most " + info.maxStyles() + " styles, got " + styles.size());
        }
        for (StyleChoice s : styles) {
            if (s.isUpload() && !info.uploads()) {
                throw ApiException.badRequest(method + " paints only the styles it was trained on, not an uploaded painting;"
                    + " use gatys for your own painting");
            }
            if (!s.isUpload() && !known.contains(s.name())) {
                throw ApiException.badRequest("'" + s.name() + "' is not a style " + method + " can paint; nearest: "
                    + String.join(", ", Nearest.to(s.name(), new TreeSet<>(known), 3)) + " (GET /api/styles lists them all)");
            }
        }
        ApiException.checkSetting(() -> StyleLimits.weights(styles.stream().mapToDouble(StyleChoice::weight).toArray()));
    }
}
