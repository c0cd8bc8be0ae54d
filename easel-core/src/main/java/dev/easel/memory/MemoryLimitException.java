package dev.easel.memory;

import dev.easel.EaselException;

/** Work refused before it started because its estimated peak memory is over the budget. */
public final class MemoryLimitException extends EaselException {
    public MemoryLimitException(String message) {
        super(message);
    }
}
