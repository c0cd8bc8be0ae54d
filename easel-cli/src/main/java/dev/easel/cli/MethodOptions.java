package dev.easel.cli;

import dev.easel.cli.StylizeOptions.Method;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Options that only some methods read: given with another method they would be ignored without a word, so
 * the user is told (a warning, not an error: a script may pass one set of flags to several methods).
 */
final class MethodOptions {
    /** Read by the Gatys optimization: --method gatys, or a network's --refine (that sets its own iteration count). */
    private static final Set<String> OPTIMIZATION = Set.of("--start-size", "--optimizer", "--lr", "--content-weight",
        "--style-weight", "--tv-weight", "--content-layer", "--style-layers", "--style-pyramid", "--pooling", "--save-every");
    /** Read by a full Gatys run only. */
    private static final Set<String> GATYS_ONLY = Set.of("--iterations", "--coarse-iterations", "--init", "--seed");
    private static final Map<String, Set<Method>> NETWORK = Map.of(
        "--model", Set.of(Method.realtime, Method.multi, Method.arbitrary),
        "--scales", Set.of(Method.realtime, Method.multi, Method.arbitrary),
        "--vgg", Set.of(Method.gatys, Method.arbitrary));

    private MethodOptions() {
    }

    /** One warning per given option that {@code method} (with or without --refine) does not read. */
    static List<String> ignored(Method method, boolean refine, Set<String> given) {
        List<String> warnings = new ArrayList<>();
        for (String option : given.stream().sorted().toList()) {
            boolean gatys = method == Method.gatys;
            if (GATYS_ONLY.contains(option) && !gatys) {
                warnings.add(warning(option, "is read by --method gatys only", method)
                    + (refine && option.contains("iterations") ? " (--refine N sets a network's finishing iterations)" : ""));
            } else if (OPTIMIZATION.contains(option) && !gatys && !refine) {
                warnings.add(warning(option, "is read by --method gatys and by --refine N", method));
            } else if (NETWORK.containsKey(option) && !NETWORK.get(option).contains(method) && !(option.equals("--vgg") && refine)) {
                warnings.add(warning(option, "is read by --method " + NETWORK.get(option).stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", ")), method));
            }
        }
        return warnings;
    }

    /** Prints the warnings for the options the command line gave. */
    static void warn(StylizeOptions options, PrintStream err) {
        Set<String> given = options.command.commandLine().getParseResult().matchedOptions().stream()
            .map(OptionSpec::longestName).collect(Collectors.toSet());
        ignored(options.method, options.networkPasses.refine > 0, given).forEach(err::println);
    }

    private static String warning(String option, String readBy, Method method) {
        return "warning: " + option + " " + readBy + "; --method " + method + " ignores it";
    }
}
