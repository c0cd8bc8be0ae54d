package dev.easel.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI's own classpath, like the user's easel.jar, has no benchmarks (they are in easel-bench). */
class MissingBenchTest {
    @Test
    void benchWithoutTheBenchModuleSaysWhereItIsInOneLine() {
        for (String[] args : new String[][] {{"bench"}, {"bench", "gatys", "--sizes", "64"}, {"bench", "--help"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(Main.EXIT_FAILURE);
            assertThat(run.err().lines().toList()).as(String.join(" ", args)).containsExactly(
                "error: the benchmarks are not part of this jar: run them from a source checkout with './easel bench' "
                    + "(module easel-bench, docs/bench.md)");
        }
    }

    @Test
    void helpDoesNotOfferBench() {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("--help")).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("stylize").doesNotContain("bench");
    }
}
