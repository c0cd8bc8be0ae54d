package dev.easel.stylize.realtime;

import dev.easel.EaselException;

/** A trained model asked for by a method it was not trained for (a multi model for realtime, or the reverse). */
public final class WrongMethodException extends EaselException {
    public WrongMethodException(String message) {
        super(message);
    }
}
