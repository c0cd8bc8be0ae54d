package dev.easel.web.jobs;

import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.CancelledException;
import dev.easel.stylize.Progress;
import dev.easel.stylize.StyleRequest;
import dev.easel.web.methods.Stylization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Runs one job through its method's Stylizer, the same way for every method, and records how it ended. */
final class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final ResultFiles results;
    private final Duration timeLimit;

    JobRunner(ResultFiles results, Duration timeLimit) {
        this.results = results;
        this.timeLimit = timeLimit;
    }

    void run(Job job) {
        JobSpec spec = job.spec();
        if (spec == null || !job.start()) {
            return; // cancelled while it waited
        }
        try (Stylization s = spec.method().prepare(spec.styles(), spec.refine())) {
            StyleRequest request = new StyleRequest(spec.content(), s.styles(), spec.size(), spec.preserveColors(),
                spec.strength());
            Picture out = s.stylizer().stylize(request, p -> job.progress(p, previewOf(p)), job.cancellation());
            job.cancellation().throwIfCancelled();
            // the photo as the method saw it, at the result's size: the page blends the two for live strength
            Picture photo = Resizer.resize(spec.content(), out.width(), out.height());
            Path file = results.write(job.id(), out, photo);
            job.succeed(file, results.photoPathFor(job.id()), out.width(), out.height());
        } catch (CancelledException e) {
            job.stopped(timeLimit);
        } catch (EaselException | IllegalArgumentException e) {
            log.info("job {} failed: {}", job.id(), e.getMessage()); // the full message, paths included, for the operator
            job.fail(ClientMessages.of(e.getMessage()));
        } catch (OutOfMemoryError e) {
            job.fail("out of memory: try a smaller output size");
        } catch (Throwable e) { // anything else (an Error, a sneaky checked exception) must not leave the job running
            log.error("job {} failed", job.id(), e);
            job.fail("internal error (" + e.getClass().getSimpleName() + "); the server log has details");
        }
    }

    /** The preview as PNG, only when the method offers one (encoding costs a few milliseconds). */
    private static byte[] previewOf(Progress p) {
        if (p.preview() == null) {
            return null;
        }
        Picture picture = p.preview().get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(ImageReader.toBufferedImage(picture), "png", out);
        } catch (IOException e) {
            return null; // in memory: cannot happen; a missing preview is harmless
        }
        return out.toByteArray();
    }
}
