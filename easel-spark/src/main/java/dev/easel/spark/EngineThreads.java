package dev.easel.spark;

import org.apache.spark.TaskContext;

/**
 * PyTorch's thread count for a JVM running Spark tasks: {@code spark.task.cpus}, so an executor with C cores runs
 * C / task.cpus tasks of task.cpus threads each instead of every task using every core. DJL reads the setting once,
 * when the engine starts, so the first caller in a JVM decides.
 */
final class EngineThreads {
    static final String THREADS = "ai.djl.pytorch.num_threads";
    private static boolean chosen;

    private EngineThreads() {
    }

    static synchronized void use(int cpus) {
        if (chosen) {
            return;
        }
        System.setProperty(THREADS, String.valueOf(Math.max(1, cpus)));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        chosen = true;
    }

    /** In a task: the cores Spark gave it. */
    static void useTaskCpus() {
        TaskContext task = TaskContext.get();
        use(task == null ? 1 : task.cpus());
    }
}
