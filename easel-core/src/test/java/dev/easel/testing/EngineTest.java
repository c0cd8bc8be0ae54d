package dev.easel.testing;

import ai.djl.ndarray.NDManager;
import dev.easel.engine.Engines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test that makes engine arrays: each test gets a fresh manager {@link #m}, closed after it, so none leaks into the next. */
public abstract class EngineTest {
    protected NDManager m;

    @BeforeEach
    protected void openManager() {
        m = Engines.manager();
    }

    @AfterEach
    protected void closeManager() {
        m.close();
    }
}
