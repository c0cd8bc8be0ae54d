package dev.easel.cli;

import dev.easel.image.Picture;
import dev.easel.memory.MemoryBudget;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * The stylize flags as a value: the arguments themselves ("--method=realtime", "--size=256"), checked once. Other
 * front ends (the Spark job) send this to other machines and rebuild the same {@link Stylizer} and requests there,
 * through the same {@link StylizeOptions} the commands use, so every method and flag works without being named.
 */
public final class StylizeFlags implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The flags whose values may name files: their values are what {@link #mapPaths} rewrites. */
    public static final Set<String> PATH_FLAGS = Set.of("--model", "--vgg", "--style", "--style-mask");

    private final List<String> args;
    private transient StylizeOptions options;

    private StylizeFlags(List<String> args, StylizeOptions options) {
        this.args = List.copyOf(args);
        this.options = options;
    }

    /**
     * Parses and checks stylize flags, as {@code easel stylize} takes them.
     *
     * @throws IllegalArgumentException with picocli's or the checks' one-line message when a flag is wrong
     */
    public static StylizeFlags parse(String... args) {
        Holder holder = new Holder();
        try {
            new CommandLine(holder).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
            holder.options.validate();
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new StylizeFlags(normalized(holder.options), holder.options);
    }

    /** The flags a command's mixin was given, checked (a bad combination is that command's usage error). */
    public static StylizeFlags of(StylizeOptions options) {
        options.validate();
        return new StylizeFlags(normalized(options), options);
    }

    /** The arguments, one "--flag=value" (or a bare "--flag") each, in the order given. */
    public List<String> args() {
        return args;
    }

    /** A copy whose {@link #PATH_FLAGS} values are {@code rewrite(flag, value)}; the result is parsed again. */
    public StylizeFlags mapPaths(BinaryOperator<String> rewrite) {
        List<String> mapped = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String flag = eq < 0 ? arg : arg.substring(0, eq);
            mapped.add(eq >= 0 && PATH_FLAGS.contains(flag) ? flag + "=" + rewrite.apply(flag, arg.substring(eq + 1)) : arg);
        }
        return parse(mapped.toArray(String[]::new));
    }

    /** Loads the method's network(s): once per run (or per JVM), then reused for every photo. */
    public Stylizer createStylizer() {
        return options().createStylizer(0);
    }

    /** The run's styles (style images and masks are read here, once). */
    public List<StyleInput> styleInputs() {
        return options().styleInputs();
    }

    /** The request for one photo with the run's styles. */
    public StyleRequest request(Picture photo, List<StyleInput> styles) {
        return options().request(photo, styles);
    }

    /**
     * The request for one photo, refused before any work when its output is too small for the networks or its
     * estimated peak memory is over {@code budget} ({@link dev.easel.memory.MemoryLimitException}).
     */
    public StyleRequest checkedRequest(Picture photo, List<StyleInput> styles, MemoryBudget budget) {
        return options().checkedRequest(photo, styles, budget);
    }

    /** The memory limit the flags give (--max-memory), in bytes; null when they leave it to the front end. */
    public Long maxMemory() {
        return options().maxMemory();
    }

    /** The largest photo, in pixels, that may be read. */
    public long maxPixels() {
        return options().maxPixels();
    }

    private StylizeOptions options() {
        if (options == null) { // after deserialization: parse again on this machine
            options = parse(args.toArray(String[]::new)).options;
        }
        return options;
    }

    /** The matched options of the mixin, from the parse result of the command it is mixed into. */
    private static List<String> normalized(StylizeOptions options) {
        CommandSpec mixin = options.command.mixins().values().stream()
            .filter(m -> m.userObject() == options).findFirst()
            .orElseThrow(() -> new IllegalStateException("StylizeOptions is not a mixin of " + options.command.name()));
        List<String> out = new ArrayList<>();
        Set<OptionSpec> seen = new LinkedHashSet<>(options.command.commandLine().getParseResult().matchedOptions());
        for (OptionSpec o : seen) {
            if (!mixin.options().contains(o)) {
                continue;
            }
            if (o.arity().max() == 0) { // a flag: present means on
                out.add(o.longestName());
                continue;
            }
            for (String value : o.originalStringValues()) {
                out.add(o.longestName() + "=" + value);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StylizeFlags f && f.args.equals(args);
    }

    @Override
    public int hashCode() {
        return args.hashCode();
    }

    @Override
    public String toString() {
        return String.join(" ", args);
    }

    @Command(name = "stylize-flags")
    static final class Holder {
        @Mixin
        StylizeOptions options;
    }
}
