package dev.easel.cli;

import dev.easel.InvalidSettingException;
import dev.easel.memory.MemoryBudget;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Core's checks run on flag values before any work. Core names a value it refuses in its own words ("strength must
 * be between 0 and 1, got 2.0"); here the refusal becomes a usage error (exit 2) that names the flag instead
 * ("--strength must be between 0 and 1, got 2.0"). The rules themselves are core's alone.
 */
final class SettingFlags {
    private SettingFlags() {
    }

    /** Runs core's check of one flag's value. */
    static void check(CommandLine cmd, String flag, Runnable check) {
        try {
            check.run();
        } catch (InvalidSettingException e) {
            throw new ParameterException(cmd, flag + " " + e.rule());
        }
    }

    /**
     * Runs core's check of several flags' values.
     *
     * @param flags core's setting names (as its classes declare them) and the flag that gives each
     */
    static void check(CommandLine cmd, Map<String, String> flags, Runnable check) {
        build(cmd, flags, () -> {
            check.run();
            return null;
        });
    }

    /** {@code --max-memory} as a budget: the standard one when not given; under core's minimum, a usage error. */
    static MemoryBudget memoryBudget(CommandLine cmd, Long maxMemory) {
        if (maxMemory == null) {
            return MemoryBudget.standard();
        }
        return build(cmd, Map.of(MemoryBudget.SETTING, "--max-memory"), () -> new MemoryBudget(maxMemory));
    }

    /** Builds a core value (a record that checks itself) from several flags' values; {@code flags} as for {@link #check}. */
    static <T> T build(CommandLine cmd, Map<String, String> flags, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidSettingException e) {
            throw new ParameterException(cmd, flags.getOrDefault(e.setting(), e.setting()) + " " + e.rule());
        }
    }
}
