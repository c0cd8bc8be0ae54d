package dev.easel.cli;

import dev.easel.image.Picture;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress without a terminal: a plain line now and then with full figures; a first line and an estimate. */
class ProgressOutputTest {
    @TempDir
    Path dir;

    @Test
    void aLogGetsALinePerIntervalWithFullFiguresAndTheLastStateAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        LogProgress log = new LogProgress("stylize", "it", new PrintStream(bytes, true, StandardCharsets.UTF_8),
            Duration.ofSeconds(10), clock::get);
        for (int step = 1; step <= 25; step++) {
            clock.set(Duration.ofSeconds(step).toNanos());
            log.update(step, 30, Duration.ofSeconds(30 - step), "256x192 content 7.123e+04 style 1.045e+06");
        }
        log.close();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4); // at 1 s, 11 s, 21 s and the last state (25) at the end
        assertThat(lines.get(0)).isEqualTo("stylize   3% 1/30 it, 1.00 it/s, elapsed 0:01, about 0:29 left, 256x192 content 7.123e+04 style 1.045e+06");
        assertThat(lines.get(3)).startsWith("stylize  83% 25/30 it, 1.00 it/s, elapsed 0:25, about 0:05 left");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r", "\u001b");
    }

    @Test
    void theEstimateIsSaidOnceAfterAMeasurementWithTheFastMethodsWhenLong() {
        TimeEstimate estimate = new TimeEstimate(RunNotes.FAST_HINT);
        long s = Duration.ofSeconds(1).toNanos();
        assertThat(estimate.offer(0, 0.001)).isEmpty();
        assertThat(estimate.offer(2 * s, 0.002)).isEmpty(); // not measured long enough yet
        List<String> lines = estimate.offer(4 * s, 0.005); // 0.4% of the work in 4 s: about 1000 s left
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("estimated time left: about 16:3");
        assertThat(lines.get(1)).contains("--method arbitrary", "--method realtime");
        assertThat(estimate.offer(8 * s, 0.01)).isEmpty();

        List<String> quick = new TimeEstimate(RunNotes.FAST_HINT).offer(0, 0.1);
        assertThat(quick).isEmpty();
        TimeEstimate shortRun = new TimeEstimate(RunNotes.FAST_HINT);
        shortRun.offer(0, 0.1);
        assertThat(shortRun.offer(4 * s, 0.5)).singleElement().asString().startsWith("estimated time left: about 0:05");
    }

    @Test
    void aHugeFullSizeRunIsWarnedAbout() {
        assertThat(RunNotes.sizeWarning(0, Picture.blank(4000, 3000), "gatys")).hasValueSatisfying(w ->
            assertThat(w).startsWith("warning: --size 0 keeps all 12.0 MP of the photo (4000x3000); gatys may take hours"));
        assertThat(RunNotes.sizeWarning(512, Picture.blank(4000, 3000), "gatys")).isEmpty();
        assertThat(RunNotes.sizeWarning(0, Picture.blank(1000, 800), "gatys")).isEmpty();
    }

    @Test
    void aRedirectedStylizeRunPrintsPlainLinesFromAFirstLineToOneHundredPercent() {
        String photo = VggLocator.sharedDirectory().resolve("images/content/tubingen.jpg").toAbsolutePath().toString();
        CliRun run = CliRun.of("stylize", "--method", "realtime", "--model", "candy", "--content", photo,
            "--output", dir.resolve("out.png").toString(), "--size", "96");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("stylize: realtime at 96x72 px");
        assertThat(lines).anyMatch(l -> l.startsWith("stylize 100% 1/1 it, ") && l.endsWith(", done"));
        assertThat(run.err()).doesNotContain("\r", "\u001b", "[ ]");
    }
}
