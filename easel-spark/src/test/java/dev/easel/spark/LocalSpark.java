package dev.easel.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] session for the whole test JVM (starting Spark costs seconds); the job reuses it. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("easel-spark tests")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.hadoop.fs.testfs.impl", TestFs.class.getName())
                .getOrCreate();
        }
        return session;
    }
}
