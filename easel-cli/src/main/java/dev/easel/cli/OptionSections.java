package dev.easel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A command's options in headed sections instead of one long list (stylize has about forty). Only the help is
 * rendered differently: the options, their names and parsing stay as they are (a shared mixin), which
 * ArgGroups would have changed. An option no section names still shows, under "Other options".
 */
final class OptionSections implements CommandLine.IHelpSectionRenderer {
    record Section(String heading, List<String> options) {
        Section(String heading, String... options) {
            this(heading, List.of(options));
        }
    }

    /** {@code easel stylize}: what every method reads first, then each method's own, then output and limits. */
    static final List<Section> STYLIZE = List.of(
        new Section("Photo, painting and method (every method):", "--content", "--output", "--method", "--style",
            "--style-weights", "--size", "--strength", "--preserve-colors", "--style-scale"),
        new Section("Gatys (--method gatys, and a network's --refine):", "--iterations", "--coarse-iterations",
            "--start-size", "--optimizer", "--lr", "--init", "--seed", "--content-weight", "--style-weight", "--tv-weight",
            "--content-layer", "--style-layers", "--style-pyramid", "--pooling", "--vgg", "--save-every"),
        new Section("Networks (--method realtime, multi, arbitrary):", "--model", "--refine", "--scales"),
        new Section("Arbitrary and multi:", "--arch", "--style-mask"),
        new Section("Output and safety:", "--force", "--max-pixels", "--max-memory", "--verbose", "--help", "--version"));

    /** {@code easel batch}: its own options first, then the stylize sections it shares. */
    static final List<Section> BATCH = withFirst(new Section("Photos in, pictures out:",
        "--input", "--output", "--recursive", "--format", "--force"));

    /** {@code easel video}: its own options first, then the stylize sections it shares. */
    static final List<Section> VIDEO = withFirst(new Section("Video in, video out:",
        "--input", "--output", "--start", "--duration", "--temporal", "--force"));

    private final List<Section> sections;

    private static List<Section> withFirst(Section own) {
        List<Section> all = new ArrayList<>(List.of(own));
        all.addAll(STYLIZE);
        return List.copyOf(all);
    }

    private OptionSections(List<Section> sections) {
        this.sections = sections;
    }

    /** Renders {@code command}'s option list in {@code sections}. */
    static void install(CommandLine command, List<Section> sections) {
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING, help -> "");
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, new OptionSections(sections));
    }

    @Override
    public String render(Help help) {
        CommandSpec spec = help.commandSpec();
        Set<OptionSpec> left = new LinkedHashSet<>(spec.options());
        left.removeIf(OptionSpec::hidden);
        StringBuilder out = new StringBuilder();
        for (Section section : sections) {
            List<OptionSpec> options = section.options().stream().map(spec::findOption).filter(Objects::nonNull)
                .filter(left::remove).toList();
            append(out, help, section.heading(), options);
        }
        append(out, help, "Other options:", List.copyOf(left));
        return out.toString();
    }

    private static void append(StringBuilder out, Help help, String heading, List<OptionSpec> options) {
        if (options.isEmpty()) {
            return;
        }
        out.append(out.length() == 0 ? "" : System.lineSeparator()).append(heading).append(System.lineSeparator());
        // one layout for all sections, so the descriptions line up from section to section
        out.append(help.optionListExcludingGroups(new ArrayList<>(options), help.createDefaultLayout(), null,
            help.createDefaultParamLabelRenderer()));
    }
}
