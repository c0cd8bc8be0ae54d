package dev.easel.cli;

import dev.easel.cli.StylizeOptions.Method;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The help reads whole, with one style of value names and short options; options a method ignores are said. */
class HelpAndOptionsTest {
    private static final String PHOTO = VggLocator.sharedDirectory().resolve("images/content/tubingen.jpg").toAbsolutePath().toString();

    @TempDir
    Path dir;

    private static synchronized String stdout(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
            return captured.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void theCommandListShowsTheWholeStylizeSummary() {
        String help = stdout("--help").replaceAll("\\s+", " ");
        assertThat(help).contains("stylize Stylize a photo: gatys (any painting, minutes), arbitrary (any painting, seconds), "
            + "realtime and multi (trained styles, seconds). analogy");
    }

    @Test
    void stylizeHelpHasShortOptionsAndOneStyleOfValueNames() {
        String help = stdout("stylize", "--help");
        assertThat(help).contains("-c, --content=FILE", "-s, --style=FILE|NAME", "-o, --output=FILE",
            "-m, --method=gatys|realtime|multi|arbitrary", "--pooling=max|avg", "--preserve-colors=none|luminance|histogram",
            "--optimizer=lbfgs|adam", "--seed=N", "VGG pooling (default: max).");
        assertThat(help).doesNotContain("<", "MAX, AVG");
    }

    @Test
    void stylizeHelpGroupsItsOptionsByMethodAndListsEachOnce() {
        String help = stdout("stylize", "--help");
        List<String> headings = List.of("Photo, painting and method (every method):",
            "Gatys (--method gatys, and a network's --refine):", "Networks (--method realtime, multi, arbitrary):",
            "Arbitrary and multi:", "Output and safety:");
        int at = -1;
        for (String heading : headings) {
            assertThat(help.indexOf(heading)).as(heading + " after the one before it").isGreaterThan(at);
            at = help.indexOf(heading);
        }
        assertThat(help).doesNotContain("Options:", "Other options:");
        // each option once, under its method's heading
        for (String option : List.of(" --iterations=N", " --model=NAME|PATH", " --arch=swap|adain|yanai|wct", " --force", " --content=FILE")) {
            assertThat(help.split(java.util.regex.Pattern.quote(option), -1)).as(option).hasSize(2);
        }
        assertThat(help.indexOf(" --iterations=N")).isBetween(help.indexOf("Gatys ("), help.indexOf("Networks ("));
        assertThat(help.indexOf(" --refine=N")).isBetween(help.indexOf("Networks ("), help.indexOf("Arbitrary and multi:"));
        assertThat(help.indexOf(" --max-memory=SIZE")).isGreaterThan(help.indexOf("Output and safety:"));
    }

    @Test
    void batchAndVideoHelpPutTheirOwnOptionsFirstThenTheSameSections() {
        String batch = stdout("batch", "--help");
        assertThat(batch.indexOf("Photos in, pictures out:")).isLessThan(batch.indexOf("Photo, painting and method"));
        assertThat(batch.indexOf(" --recursive")).isBetween(batch.indexOf("Photos in"), batch.indexOf("Photo, painting and method"));
        assertThat(batch).contains("Gatys (--method gatys", "Networks (--method realtime").doesNotContain("Other options:");
        String video = stdout("video", "--help");
        assertThat(video.indexOf(" --temporal")).isBetween(video.indexOf("Video in, video out:"), video.indexOf("Photo, painting and method"));
        assertThat(video).contains("Arbitrary and multi:").doesNotContain("Other options:");
    }

    @Test
    void shortOptionsWorkAndAnIgnoredOptionIsWarnedAbout() {
        Path out = dir.resolve("out.png");
        CliRun run = CliRun.of("stylize", "-m", "realtime", "--model", "candy", "-c", PHOTO, "-o", out.toString(),
            "--size", "64", "--iterations", "5", "--lr", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out).exists();
        assertThat(run.err()).contains("warning: --iterations is read by --method gatys only; --method realtime ignores it")
            .contains("warning: --lr is read by --method gatys and by --refine N; --method realtime ignores it");
    }

    @Test
    void eachOptionIsCheckedAgainstTheMethodAndRefine() {
        assertThat(MethodOptions.ignored(Method.gatys, false, Set.of("--iterations", "--lr", "--vgg"))).isEmpty();
        assertThat(MethodOptions.ignored(Method.gatys, false, Set.of("--model")))
            .containsExactly("warning: --model is read by --method arbitrary, multi, realtime; --method gatys ignores it");
        assertThat(MethodOptions.ignored(Method.multi, true, Set.of("--lr", "--style-pyramid", "--vgg", "--save-every"))).isEmpty();
        assertThat(MethodOptions.ignored(Method.multi, true, Set.of("--coarse-iterations"))).singleElement().asString()
            .endsWith("(--refine N sets a network's finishing iterations)");
        assertThat(MethodOptions.ignored(Method.realtime, false, Set.of("--vgg", "--size", "--strength")))
            .containsExactly("warning: --vgg is read by --method arbitrary, gatys; --method realtime ignores it");
    }
}
