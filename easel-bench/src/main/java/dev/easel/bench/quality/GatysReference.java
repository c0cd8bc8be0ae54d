package dev.easel.bench.quality;

import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.io.FileNames;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.gatys.GatysStylizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Gatys' result for one photo and painting, the reference {@code bench quality} measures networks against:
 * from the --cache folder if it holds the picture, else from an earlier CSV (--gatys-from) if that holds every
 * loss, else optimized (minutes) and cached.
 *
 * @param cache      the folder of cached pictures, or null for none
 * @param iterations the schedule, as the cache names it: "150", or "150c300" with 300 at each coarser level
 */
record GatysReference(GatysStylizer gatys, Path cache, EarlierGatysLosses earlier, int size, String iterations) {
    /** Gatys' picture (null when the losses came from a CSV) and its losses. */
    record Outcome(Picture picture, ScaledLosses losses) {
    }

    GatysReference {
        if (gatys == null || earlier == null || size < 1 || iterations == null || iterations.isEmpty()) {
            throw new IllegalArgumentException("a Gatys reference needs the stylizer, the earlier losses, a size and its iterations");
        }
    }

    /**
     * @param meter     scores pictures of this photo against this painting
     * @param photoLoss the photo's own x1 style loss, to check an earlier CSV against
     */
    Outcome of(StyleRequest request, Path photoFile, Path styleFile, ScaledStyleLoss meter, double photoLoss) {
        Path cached = cacheFile(photoFile, styleFile);
        if (cached != null && Files.isRegularFile(cached)) {
            // the picture beats an earlier CSV: it fills the contact sheet and gives every scale
            Picture picture = ImageReader.read(cached);
            return new Outcome(picture, meter.score(picture));
        }
        Optional<EarlierGatysLosses.Measured> known = earlier.find(name(styleFile), name(photoFile), photoLoss);
        if (known.isPresent()) {
            if (!known.get().gatys().complete()) {
                throw new EaselException(known.get().file() + " holds only the x1 style loss of Gatys' " + name(styleFile) + " on "
                    + name(photoFile) + " (it was written before bench quality measured x1/2, x1/4 and content losses): "
                    + "give --cache with the folder of that run's Gatys pictures" + (cached == null ? "" : " (" + cached + " is missing)")
                    + ", or leave out --gatys-from to optimize again");
            }
            return new Outcome(null, known.get().gatys());
        }
        System.err.printf("Gatys, %s iterations: %s x %s ...%n", iterations, name(photoFile), name(styleFile));
        long start = System.nanoTime();
        Picture picture = gatys.stylize(request, ProgressListener.NONE, Cancellation.none()).quantized();
        // the time a user waits for the reference run: what --refine's time is judged against
        System.err.printf("Gatys, %s iterations: %s x %s took %.1f s%n", iterations, name(photoFile), name(styleFile),
            (System.nanoTime() - start) / 1e9);
        if (cached != null) {
            ImageWriter.write(picture, cached, true);
        }
        return new Outcome(picture, meter.score(picture));
    }

    private Path cacheFile(Path photoFile, Path styleFile) {
        return cache == null ? null : cacheFile(cache, photoFile, styleFile, size, iterations);
    }

    /** The schedule's name in cache files: "150" at the final size only, "150c300" with 300 at each coarser level. */
    static String tag(int iterations, int coarseIterations) {
        return coarseIterations == 0 ? String.valueOf(iterations) : iterations + "c" + coarseIterations;
    }

    /** Where a Gatys picture of this photo, painting, size and schedule {@link #tag} is cached in {@code cache}. */
    static Path cacheFile(Path cache, Path photoFile, Path styleFile, int size, String tag) {
        return cache.resolve("gatys-" + FileNames.stem(photoFile) + "-" + FileNames.stem(styleFile) + "-" + size + "-" + tag + ".png");
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
