package dev.easel.cli;

/**
 * A subcommand of {@code easel} that another module's jar brings: {@link Main} adds every one that
 * {@link java.util.ServiceLoader} finds on the classpath. The benchmarks (easel-bench) come this way, so the
 * user's jar carries none. An implementation is a picocli {@code @Command} with a public no-argument
 * constructor, listed in its jar's {@code META-INF/services/dev.easel.cli.PluggedCommand}.
 */
public interface PluggedCommand {
}
