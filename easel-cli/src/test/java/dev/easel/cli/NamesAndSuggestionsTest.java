package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aModelNameThatIsAMultiStylePointsAtTheCommandThatWorks() {
        CliRun run = CliRun.of("stylize", "--method", "realtime", "--model", "udnie", "--content", PHOTO,
            "--output", dir.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no model named 'udnie'; nearest: ")
            .contains("try: --method multi --style udnie")
            .contains("try: --method arbitrary --style udnie");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void misspeltNamesGetTheNearestOnes() {
        CliRun painting = CliRun.of("stylize", "--method", "arbitrary", "--style", "starry_nigth", "--content", PHOTO,
            "--output", dir.resolve("x.png").toString());
        assertThat(painting.exitCode()).isEqualTo(1);
        assertThat(painting.err()).contains("no painting or file named 'starry_nigth'; nearest: starry_night");

        CliRun model = CliRun.of("stylize", "--method", "realtime", "--model", "cnady", "--content", PHOTO,
            "--output", dir.resolve("x.png").toString());
        assertThat(model.err()).contains("nearest: candy");

        CliRun style = CliRun.of("stylize", "--method", "multi", "--style", "shipwreck", "--content", PHOTO,
            "--output", dir.resolve("x.png").toString());
        assertThat(style.err()).contains("model 'multi' has no style 'shipwreck'").contains("try: --method arbitrary --style shipwreck");
    }

    @Test
    void aWrongMethodForAnArbitraryModelReadsWell() {
        CliRun run = CliRun.of("stylize", "--method", "realtime", "--model", "adain", "--content", PHOTO,
            "--output", dir.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("model 'adain' is an arbitrary model; use --method arbitrary");
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
