package dev.easel.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobSummaryTest {
    @Test
    void saysWhatWasDoneSkippedAndFailedWithTheRate() {
        JobSummary s = new JobSummary(13, 8, 4, List.of(new FailureReport.Failure("file:/p/x.jpg", "file:/o/x.png", "file:/p/x.jpg: truncated")),
            12.34, 4.0, "file:/o/_failures.csv");
        assertThat(s.imagesPerSecond()).isEqualTo(2.0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        s.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
            "spark: 13 photos: 8 stylized, 4 already done, 1 failed in 12.3 s (stylizing 4.0 s, 2.00 images/s)",
            "failed (listed in file:/o/_failures.csv):",
            "  file:/p/x.jpg: truncated");
    }

    @Test
    void listsTheFirstFailuresAndCountsTheRest() {
        List<FailureReport.Failure> many = java.util.stream.IntStream.range(0, 25)
            .mapToObj(i -> new FailureReport.Failure("p" + i + ".jpg", "p" + i + ".png", "broken")).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JobSummary(25, 0, 0, many, 1, 1, "r.csv").print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2 + JobSummary.LISTED + 1).contains("  p19.jpg: broken").doesNotContain("  p20.jpg: broken");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("  ... and 5 more");
    }

    @Test
    void countsMustAddUp() {
        assertThatThrownBy(() -> new JobSummary(3, 1, 1, List.of(), 1, 1, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up to 3");
    }
}
