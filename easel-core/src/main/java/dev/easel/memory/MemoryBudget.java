package dev.easel.memory;

import dev.easel.InvalidSettingException;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * How much memory one piece of work may take, heap and native together (the engine's tensors live outside the
 * Java heap). Work whose {@link MemoryEstimate} is over it is refused before it starts, with one line naming
 * both figures, instead of ending in an OutOfMemoryError or the system's OOM killer.
 *
 * @param bytes the limit
 */
public record MemoryBudget(long bytes) {
    /** Below this nothing runs at all: the JVM, the engine and a model take about this much. */
    public static final long MINIMUM = 256L << 20;
    /** The setting's name in an {@link InvalidSettingException}. */
    public static final String SETTING = "a memory budget";

    public MemoryBudget {
        if (bytes < MINIMUM) {
            throw new InvalidSettingException(SETTING, "must be at least " + format(MINIMUM) + ", got " + bytes + " bytes");
        }
    }

    /**
     * The default: three quarters of the JVM's heap limit plus half of the machine's memory outside it (what the
     * engine's native tensors draw from, shared with everything else running), at least {@link #MINIMUM}.
     */
    public static MemoryBudget standard() {
        long heap = Runtime.getRuntime().maxMemory();
        long physical = physicalMemory();
        long outside = physical > heap ? physical - heap : 0;
        return new MemoryBudget(Math.max(MINIMUM, heap / 4 * 3 + outside / 2));
    }

    /**
     * Refuses work estimated at {@code needed} bytes when that is over the budget.
     *
     * @param what the work, for the message: "gatys at 20000x15000 (300.0 MP)"
     */
    public void check(String what, long needed) {
        if (needed == Long.MAX_VALUE) {
            throw new MemoryLimitException(what + " is too large to hold in memory at all; the limit is " + format(bytes));
        }
        if (needed > bytes) {
            throw new MemoryLimitException(what + " needs about " + format(needed) + " of memory; the limit is " + format(bytes));
        }
    }

    /** "1.5 GB", "640 MB". */
    public static String format(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(bytes / (double) (1L << 20))));
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0; // unknown: the heap limit alone
    }
}
