package dev.easel.spark;

import dev.easel.memory.MemoryBudget;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How many tasks share an executor's memory, read from the configuration as Spark schedules them. */
class ExecutorMemoryTest {
    @Test
    void countsTheTasksAnExecutorRunsAtOnce() {
        assertThat(tasks(8, "spark.master", "local")).isEqualTo(1);
        assertThat(tasks(8, "spark.master", "local[2]")).isEqualTo(2);
        assertThat(tasks(8, "spark.master", "local[3, 2]")).as("with retries").isEqualTo(3);
        assertThat(tasks(8, "spark.master", "local[*]")).isEqualTo(8);
        assertThat(tasks(8, "spark.master", "local[4]", "spark.task.cpus", "2")).isEqualTo(2);
        assertThat(tasks(8, "spark.master", "local-cluster[2, 3, 1024]")).isEqualTo(3);
        assertThat(tasks(8, "spark.master", "yarn", "spark.executor.cores", "4")).isEqualTo(4);
        assertThat(tasks(8, "spark.master", "spark://host:7077")).as("standalone: every core").isEqualTo(8);
        assertThat(tasks(8, "spark.master", "k8s://https://host:443", "spark.executor.cores", "1", "spark.task.cpus", "2"))
            .as("never below one").isEqualTo(1);
    }

    @Test
    void aTaskGetsItsShareButNeverLessThanTheMinimum() {
        assertThat(new ExecutorMemory(4L << 30, 4).perTask()).isEqualTo(new MemoryBudget(1L << 30));
        assertThat(new ExecutorMemory(1L << 30, 16).perTask()).isEqualTo(new MemoryBudget(MemoryBudget.MINIMUM));
        assertThat(new ExecutorMemory(4L << 30, 4).explanation()).isEqualTo("a task's share of this executor's 4.0 GB, which runs 4 tasks at once");
        assertThatThrownBy(() -> new ExecutorMemory(4L << 30, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutorMemory(1L << 20, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int tasks(int processors, String... settings) {
        SparkConf conf = new SparkConf(false);
        for (int i = 0; i < settings.length; i += 2) {
            conf.set(settings[i], settings[i + 1]);
        }
        return ExecutorMemory.concurrentTasks(conf, processors);
    }
}
