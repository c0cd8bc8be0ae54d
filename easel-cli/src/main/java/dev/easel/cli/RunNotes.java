package dev.easel.cli;

import dev.easel.image.Picture;
import dev.easel.stylize.StyleRequest;

import java.util.Locale;
import java.util.Optional;

/** What a stylize run says before it starts: what will happen, and a warning when the size asks for hours. */
final class RunNotes {
    /** Beyond this many pixels (2048 x 2048) a full-size run is slow for every method, and very slow for gatys. */
    static final long LARGE_PIXELS = 4_200_000;
    static final String FAST_HINT = "for a picture in seconds: --method arbitrary --style PAINTING (any painting), "
        + "or --method realtime --model NAME / --method multi --style NAME (the shipped styles: 'easel models')";

    private RunNotes() {
    }

    /** "gatys at 512x384 px, coarse-to-fine from 256 px". */
    static String header(String method, StyleRequest request, int startSize) {
        int[] size = request.outputSize();
        String coarse = method.equals("gatys") && startSize > 0 && Math.max(size[0], size[1]) / 2 >= startSize
            ? ", coarse-to-fine from " + startSize + " px" : "";
        return method + " at " + size[0] + "x" + size[1] + " px" + coarse;
    }

    /** A warning for --size 0 on a photo of many megapixels. */
    static Optional<String> sizeWarning(int size, Picture photo, String method) {
        if (size != 0 || photo.pixels() <= LARGE_PIXELS) {
            return Optional.empty();
        }
        String cost = method.equals("gatys") ? "gatys may take hours and gigabytes at that size" : "this takes minutes and gigabytes";
        return Optional.of(String.format(Locale.ROOT, "warning: --size 0 keeps all %.1f MP of the photo (%dx%d); %s; "
            + "--size 1024 or 2048 is usually enough", photo.pixels() / 1e6, photo.width(), photo.height(), cost));
    }
}
