package dev.easel.spark;

import dev.easel.cli.StylizeFlags;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

/**
 * Settings checked on the driver before any task starts: paths made absolute, then the stylizer built once and closed,
 * so a missing model or file, a model of another method or an unreadable style image is one clear error rather than a
 * failure in every task. The same code builds it on the executors, so what passes here loads there.
 */
final class DriverCheck {
    private DriverCheck() {
    }

    /** The settings with absolute paths, as the tasks receive them. */
    static StylizeFlags run(StylizeFlags flags, Configuration conf, SparkSession spark) {
        // In local mode the driver is the executor: its engine must start with the tasks' thread count.
        EngineThreads.use(spark.sparkContext().getConf().getInt("spark.task.cpus", 1));
        StylizeFlags qualified = RemoteFiles.qualify(flags, conf);
        StylizerPool.load(qualified, conf).stylizer().close();
        return qualified;
    }
}
