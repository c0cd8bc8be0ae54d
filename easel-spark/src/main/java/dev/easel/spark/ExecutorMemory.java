package dev.easel.spark;

import dev.easel.memory.MemoryBudget;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's memory budget: its executor's (--max-memory, else {@link MemoryBudget#standard()} of the executor's JVM)
 * shared by the tasks the executor runs at once. Each task holds its own stylizer and pictures, so without the
 * division two tasks that each fit the executor's budget could still exhaust it together.
 *
 * @param executorBytes the executor's budget
 * @param tasks         how many tasks it runs at once
 */
record ExecutorMemory(long executorBytes, int tasks) {
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\d+|\\*)(?:,\\s*\\d+)?])?");
    private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[\\s*\\d+\\s*,\\s*(\\d+)\\s*,.*]");

    ExecutorMemory {
        if (executorBytes < MemoryBudget.MINIMUM) {
            throw new IllegalArgumentException("an executor's memory budget must be at least "
                + MemoryBudget.format(MemoryBudget.MINIMUM) + ", got " + MemoryBudget.format(executorBytes));
        }
        if (tasks < 1) {
            throw new IllegalArgumentException("an executor runs at least one task at once, got " + tasks);
        }
    }

    /** This JVM's, from its Spark configuration ({@code maxMemory}: the flags' --max-memory, or null). */
    static ExecutorMemory here(Long maxMemory) {
        SparkEnv env = SparkEnv.get();
        int tasks = env == null ? 1 : concurrentTasks(env.conf(), Runtime.getRuntime().availableProcessors());
        return new ExecutorMemory(maxMemory != null ? maxMemory : MemoryBudget.standard().bytes(), tasks);
    }

    /**
     * Tasks an executor runs at once: its cores (local[N]'s N, local-cluster's cores per worker, else
     * spark.executor.cores, else every core of the machine as standalone workers default to) over spark.task.cpus.
     */
    static int concurrentTasks(SparkConf conf, int processors) {
        String master = conf.get("spark.master", "local[*]").trim().toLowerCase(Locale.ROOT);
        int cores = conf.getInt("spark.executor.cores", processors);
        Matcher local = LOCAL.matcher(master);
        Matcher cluster = LOCAL_CLUSTER.matcher(master);
        if (local.matches()) {
            cores = local.group(1) == null ? 1 : local.group(1).equals("*") ? processors : Integer.parseInt(local.group(1));
        } else if (cluster.matches()) {
            cores = Integer.parseInt(cluster.group(1));
        }
        return Math.max(1, cores / Math.max(1, conf.getInt("spark.task.cpus", 1)));
    }

    /** One task's share; never below {@link MemoryBudget#MINIMUM}, under which every method is refused anyway. */
    MemoryBudget perTask() {
        return new MemoryBudget(Math.max(MemoryBudget.MINIMUM, executorBytes / tasks));
    }

    /** What a refusal adds, when the limit it names is a share, so that it can be traced to the executor's. */
    String explanation() {
        return "a task's share of this executor's " + MemoryBudget.format(executorBytes) + ", which runs " + tasks + " tasks at once";
    }
}
