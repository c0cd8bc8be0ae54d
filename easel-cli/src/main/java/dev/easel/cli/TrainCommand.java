package dev.easel.cli;

import picocli.CommandLine.Command;

/** {@code easel train}: train the feed-forward networks. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train style networks.",
    subcommands = {TrainRealtimeCommand.class, TrainMultiCommand.class, TrainArbitraryCommand.class})
public final class TrainCommand {
}
