package dev.easel.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The session the job runs in: the one that already runs in this JVM (a notebook, a test), else a new one: with the
 * master spark-submit set, --master, or local[*]. Only a session made here is stopped here.
 */
final class SparkSessions {
    static final String DEFAULT_MASTER = "local[*]";

    /** A session and whether closing the handle stops it. */
    record Handle(SparkSession session, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) {
                session.stop();
            }
        }
    }

    private SparkSessions() {
    }

    static Handle open(String master) {
        if (SparkSession.getDefaultSession().isDefined()) {
            return new Handle(SparkSession.getDefaultSession().get(), false);
        }
        SparkConf conf = new SparkConf(); // spark.* system properties: what spark-submit was given
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        conf.setIfMissing("spark.app.name", "easel spark");
        if (conf.get("spark.master").startsWith("local")) {
            // One machine: no web UI to bind a port for, no host name to resolve.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return new Handle(SparkSession.builder().config(conf).getOrCreate(), true);
    }
}
