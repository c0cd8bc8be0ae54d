package dev.easel.stylize;

import dev.easel.EaselException;
import dev.easel.names.Articles;

/**
 * A trained model asked for by a method it was not trained for (a multi model for realtime, or the reverse).
 * Front ends say how to ask for {@link #method()} in their own terms.
 */
public final class WrongMethodException extends EaselException {
    private final String model;
    private final String method;

    /** @param method the method the model was trained for */
    public WrongMethodException(String model, String method) {
        super("model '" + model + "' is " + Articles.a(method) + " model");
        this.model = model;
        this.method = method;
    }

    public String model() {
        return model;
    }

    /** The method the model was trained for: the one that can load it. */
    public String method() {
        return method;
    }
}
