package dev.easel.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** easel serve parses its flags and refuses bad ones before any server starts (the server is tested in easel-web). */
class ServeCommandTest {
    @Test
    void helpListsTheFlagsWithLoopbackAsTheDefault() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(out, true));
        try {
            assertThat(Main.run("serve", "--help")).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString()).contains("--host", "127.0.0.1", "--port", "8080", "--queue", "--job-timeout",
            "--min-upload-rate", "Default: 16");
    }

    @Test
    void theMinimumUploadRateIsAnOptionInKilobytesASecondWithZeroForOff() {
        assertThat(config().minUploadBytesPerSecond()).as("default").isEqualTo(16L << 10);
        assertThat(config("--min-upload-rate", "4").minUploadBytesPerSecond()).isEqualTo(4L << 10);
        assertThat(config("--min-upload-rate", "0").minUploadBytesPerSecond()).isZero();
        CliRun negative = CliRun.of("serve", "--min-upload-rate", "-1");
        assertThat(negative.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(negative.err()).contains("--min-upload-rate must be >= 0 KB/s");
        assertThat(CliRun.of("serve", "--min-upload-rate", "99999999999999999").exitCode()).isEqualTo(Main.EXIT_USAGE);
    }

    /** The server's config from these flags, without starting it. */
    private static dev.easel.web.WebConfig config(String... args) {
        ServeCommand serve = new ServeCommand();
        picocli.CommandLine cli = new picocli.CommandLine(serve);
        cli.parseArgs(args);
        return serve.config();
    }

    @Test
    void badFlagsAreUsageErrors() {
        CliRun port = CliRun.of("serve", "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(port.err()).contains("port must be 0..65535");
        CliRun queue = CliRun.of("serve", "--queue", "-1");
        assertThat(queue.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(queue.err()).contains("queue must be >= 0");
        assertThat(CliRun.of("serve", "--max-upload-mb", "0").exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(CliRun.of("serve", "--max-upload-mb", "99999999999999").exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(CliRun.of("serve", "--port", "eighty").exitCode()).isEqualTo(Main.EXIT_USAGE);
    }
}
