package dev.easel.web.methods;

import dev.easel.stylize.StyleInput;
import dev.easel.stylize.Stylizer;

import java.util.List;

/** A stylizer ready for one job and the styles to give it. Closing it closes the stylizer. */
public record Stylization(Stylizer stylizer, List<StyleInput> styles) implements AutoCloseable {
    @Override
    public void close() {
        stylizer.close();
    }
}
