package dev.easel.cli;

import dev.easel.image.Picture;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stylize flags as a value another front end (the Spark job) checks once and rebuilds elsewhere. */
class StylizeFlagsTest {
    @Test
    void keepsTheGivenFlagsInOneFormAndRebuildsTheSameRequestAfterSerialization() throws Exception {
        StylizeFlags flags = StylizeFlags.parse("--method", "REALTIME", "--model=candy", "--size", "40", "--strength", "0.5", "--verbose");
        assertThat(flags.args()).containsExactly("--method=REALTIME", "--model=candy", "--size=40", "--strength=0.5", "--verbose");

        StylizeFlags copy = roundTrip(flags);
        assertThat(copy).isEqualTo(flags).hasSameHashCodeAs(flags);
        StyleRequest request = copy.request(Picture.blank(80, 60), copy.styleInputs());
        assertThat(request.outputSize()).containsExactly(40, 30);
        assertThat(request.strength()).isEqualTo(0.5);
        assertThat(request.styles()).extracting(s -> s.name()).containsExactly("candy");
        try (Stylizer stylizer = copy.createStylizer()) {
            assertThat(stylizer.method()).isEqualTo("realtime");
        }
    }

    @Test
    void rewritesOnlyTheValuesThatNameFiles() {
        StylizeFlags flags = StylizeFlags.parse("--method", "gatys", "--style", "a.jpg", "--style", "b.jpg", "--style-weights", "1,3",
            "--vgg", "weights", "--size", "64");
        assertThat(flags.mapPaths((flag, value) -> "/abs/" + value).args()).containsExactly("--method=gatys",
            "--style=/abs/a.jpg", "--style=/abs/b.jpg", "--style-weights=1,3", "--vgg=/abs/weights", "--size=64");
    }

    @Test
    void aBadFlagOrCombinationIsOneLine() {
        assertThatThrownBy(() -> StylizeFlags.parse("--method", "realtime")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("--method realtime needs --model (see 'easel models')");
        assertThatThrownBy(() -> StylizeFlags.parse("--sise", "3")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Unknown options: '--sise'");
    }

    @Test
    void takesAMixinsFlagsButNotItsCommandsOwn() {
        Host bad = new Host();
        new CommandLine(bad).parseArgs("--input", "x", "--method", "realtime", "--model", "candy", "--style-weights", "1", "--force");
        assertThatThrownBy(() -> StylizeFlags.of(bad.options)).isInstanceOf(CommandLine.ParameterException.class)
            .hasMessageContaining("--style-weights has 1 values but 0 --style images");
        Host good = new Host();
        new CommandLine(good).parseArgs("--input", "x", "--method", "realtime", "--model", "candy", "--force", "--size", "24");
        assertThat(StylizeFlags.of(good.options).args()).containsExactly("--method=realtime", "--model=candy", "--size=24");
    }

    @Command(name = "host")
    static final class Host {
        @Option(names = "--input")
        String input;
        @Option(names = "--force")
        boolean force;
        @Mixin
        StylizeOptions options;
    }

    private static StylizeFlags roundTrip(StylizeFlags flags) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(flags);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (StylizeFlags) in.readObject();
        }
    }
}
