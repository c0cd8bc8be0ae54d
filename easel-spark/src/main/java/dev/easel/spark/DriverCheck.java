package dev.easel.spark;

import dev.easel.cli.StylizeFlags;
import dev.easel.image.Picture;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.CancelledException;
import dev.easel.stylize.StyleRequest;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

import java.util.Arrays;

/**
 * Settings checked on the driver before any task starts: paths made absolute, the stylizer built once, then one tiny
 * request begun and stopped at its first progress report, so a missing model or file, a model of another method, an
 * unreadable style image or a style the network does not have is one clear error rather than a failure per photo.
 * The same code builds the stylizer on the executors, so what passes here loads there.
 */
final class DriverCheck {
    /** The trial photo's side: large enough for VGG19's four poolings, small enough to cost nothing. */
    static final int TRIAL_SIDE = 32;

    private DriverCheck() {
    }

    /** The settings with absolute paths, as the tasks receive them. */
    static StylizeFlags run(StylizeFlags flags, Configuration conf, SparkSession spark) {
        // In local mode the driver is the executor: its engine must start with the tasks' thread count.
        EngineThreads.use(spark.sparkContext().getConf().getInt("spark.task.cpus", 1));
        StylizeFlags qualified = RemoteFiles.qualify(flags, conf);
        StylizerPool.Loaded loaded = StylizerPool.load(qualified, conf);
        try {
            trial(loaded);
        } finally {
            loaded.stylizer().close();
        }
        return qualified;
    }

    private static void trial(StylizerPool.Loaded loaded) {
        float[] grey = new float[3 * TRIAL_SIDE * TRIAL_SIDE];
        Arrays.fill(grey, 128f);
        StyleRequest asked = loaded.flags().request(new Picture(TRIAL_SIDE, TRIAL_SIDE, grey), loaded.styles());
        StyleRequest tiny = new StyleRequest(asked.content(), asked.styles(), TRIAL_SIDE, asked.preserveColors(), asked.strength());
        Cancellation stop = Cancellation.none();
        try {
            loaded.stylizer().stylize(tiny, progress -> stop.cancel(), stop);
        } catch (CancelledException e) {
            // it got as far as working on the photo: the settings hold
        }
    }
}
