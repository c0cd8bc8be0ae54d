package dev.easel.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * The one place that configures DJL's PyTorch engine. Its properties are read once, at the first engine
 * call, so {@link #manager()} sets them before touching the engine.
 */
public final class Engines {
    private static volatile boolean configured;

    private Engines() {
    }

    /** A new root-level manager on the CPU; close it to free everything it owns. */
    public static NDManager manager() {
        configure();
        return Engine.getEngine("PyTorch").newBaseManager();
    }

    private static synchronized void configure() {
        if (configured) {
            return;
        }
        // Never touch the network: no model zoo, no telemetry.
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        String threads = String.valueOf(Runtime.getRuntime().availableProcessors());
        setIfAbsent("ai.djl.pytorch.num_threads", threads);
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        configured = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
