package dev.easel.cli;

import dev.easel.EaselException;
import dev.easel.image.ImageTooLargeException;
import dev.easel.image.OutputExistsException;
import dev.easel.memory.MemoryLimitException;
import dev.easel.names.UnknownNameException;
import dev.easel.stylize.WrongMethodException;
import dev.easel.train.TrainingDivergedException;
import dev.easel.vgg.MissingLayerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.ServiceLoader;

/** The {@code easel} command. Exit codes: 0 success, 2 bad usage, 1 any other failure. */
@Command(name = "easel", mixinStandardHelpOptions = true, version = "easel 0.1.0",
    description = "Neural style transfer: repaint a photo in the style of an artwork.",
    footer = "%nAlso 'easel spark': batch on Apache Spark, run by the launcher from the easel-spark module (docs/spark.md).",
    subcommands = {StylizeCommand.class, AnalogyCommand.class, BatchCommand.class, VideoCommand.class, TrainCommand.class, ModelsCommand.class, ContactSheetCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        addPluggedCommands(cli);
        OptionSections.install(cli.getSubcommands().get("stylize"), OptionSections.STYLIZE);
        OptionSections.install(cli.getSubcommands().get("batch"), OptionSections.BATCH);
        OptionSections.install(cli.getSubcommands().get("video"), OptionSections.VIDEO);
        return execute(cli, args);
    }

    /** The subcommands other jars on the classpath bring ({@link PluggedCommand}); without easel-bench, a clear "bench". */
    private static void addPluggedCommands(CommandLine cli) {
        for (PluggedCommand command : ServiceLoader.load(PluggedCommand.class)) {
            cli.addSubcommand(command);
        }
        if (!cli.getSubcommands().containsKey("bench")) {
            cli.addSubcommand(new MissingBench());
        }
    }

    /**
     * Runs {@code cli} with Easel's conventions: one line per error ("error: ..."), usage errors exit 2, other
     * failures 1, stack traces only with --verbose. Other front ends (the Spark job) run their commands through this.
     */
    public static int execute(CommandLine cli, String... args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + message(e));
            if (verbose) {
                e.printStackTrace(cmd.getErr());
            }
            return e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_FAILURE;
        });
        cli.setParameterExceptionHandler((e, parsed) -> {
            CommandLine cmd = e.getCommandLine();
            if (!cmd.getSubcommands().isEmpty() && String.valueOf(e.getMessage()).startsWith("Missing required subcommand")) {
                cmd.usage(cmd.getErr()); // a bare command with subcommands: list them
                return EXIT_USAGE;
            }
            cmd.getErr().println("error: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException) {
                CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            }
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
            return EXIT_USAGE;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) { // picocli's handler sees exceptions only; an Error would end in a stack trace
            cli.getErr().println("error: " + message(e));
            if (verbose) {
                e.printStackTrace(cli.getErr());
            }
            return EXIT_FAILURE;
        }
    }

    /** What the CLI says of a failure: core's message, plus the flags that address it where core's type tells. */
    static String message(Throwable e) {
        if (e instanceof UnknownNameException u) {
            return NameHints.message(u);
        }
        if (e instanceof MemoryLimitException) { // core names the sizes; the flags that change them are the CLI's to say
            return e.getMessage() + " (ask for a smaller picture, or raise the limit with --max-memory)";
        }
        if (e instanceof ImageTooLargeException) {
            return e.getMessage() + " (raise it with --max-pixels)";
        }
        if (e instanceof WrongMethodException w) {
            return e.getMessage() + "; use --method " + w.method();
        }
        if (e instanceof OutputExistsException) {
            return e.getMessage() + "; use --force to overwrite";
        }
        if (e instanceof MissingLayerException) {
            return e.getMessage() + ": load it with --vgg or EASEL_VGG";
        }
        if (e instanceof TrainingDivergedException) {
            return e.getMessage() + "; lower --lr or --style-weight";
        }
        if (e instanceof EaselException || e instanceof CommandLine.ParameterException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; try a smaller --size, or give Java more memory (EASEL_JAVA_OPTS=-Xmx...)";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m) + " (run with --verbose for details)";
    }
}
