package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One name resolver for every method, "did you mean" for names and subcommands, a bare command lists its subcommands. */
class NamesAndSuggestionsTest {
    private static final String PHOTO = VggLocator.sharedDirectory().resolve("images/content/tubingen.jpg").toAbsolutePath().toString();

    @TempDir
    Path dir;

    @Test
    void aPaintingNameWorksForGatysAndArbitrary() {
        Path gatys = dir.resolve("gatys.png");
        CliRun run = CliRun.of("stylize", "--method", "gatys", "--style", "starry_night", "--content", PHOTO,
            "--output", gatys.toString(), "--size", "48", "--iterations", "2", "--start-size", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageReader.read(gatys).width()).isEqualTo(48);

        Path arbitrary = dir.resolve("arbitrary.png");
        CliRun any = CliRun.of("stylize", "--method", "arbitrary", "--style", "the_scream.jpg", "--content", PHOTO,
            "--output", arbitrary.toString(), "--size", "64");
        assertThat(any.exitCode()).as(any.err()).isZero();
        assertThat(arbitrary).exists();
    }

    /** A misspelt name, or one of another method's, stops the run before any work and says what would work. */
    @ParameterizedTest(name = "--method {0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        arbitrary | --style | starry_nigth | 1 | no painting or file named 'starry_nigth'; nearest: starry_night
        realtime  | --model | cnady        | 1 | nearest: candy
        multi     | --style | shipwreck    | 1 | model 'multi' has no style 'shipwreck' && try: --method arbitrary --style shipwreck
        realtime  | --model | frida_kahlo  | 1 | no model named 'frida_kahlo'; nearest: && try: --method multi --style frida_kahlo && try: --method arbitrary --style frida_kahlo
        realtime  | --model | adain        | 2 | model 'adain' is an arbitrary model; use --method arbitrary
        """)
    void aWrongNameSaysWhatWouldWork(String method, String flag, String name, int exitCode, String expected) {
        Path output = dir.resolve("x.png");
        CliRun run = CliRun.of("stylize", "--method", method, flag, name, "--content", PHOTO, "--output", output.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).contains(expected.split(" && ")); // each part the message must contain
        assertThat(output).doesNotExist();
    }

    @Test
    void aMisspeltSubcommandGetsDidYouMean() {
        CliRun run = CliRun.of("stylise");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean: easel stylize");
    }

    @Test
    void aBareCommandListsTheSubcommands() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Commands:").contains("stylize").contains("batch").contains("serve")
            .doesNotContain("Missing required subcommand");
    }
}
