package dev.easel.cli;

import dev.easel.names.NameKind;
import dev.easel.names.NameUse;
import dev.easel.names.UnknownNameException;

import java.util.List;

/** An unknown painting, model or style, said with the flags that would work instead. */
final class NameHints {
    private NameHints() {
    }

    /** The library's message, then one "try:" line per method that knows the name. */
    static String message(UnknownNameException e) {
        StringBuilder m = new StringBuilder(e.getMessage());
        List<String> tries = e.elsewhere().stream().map(u -> flags(u, e.name())).distinct().toList();
        for (String t : tries) {
            m.append("; try: ").append(t); // one line: scripts and the bad-input corpus read errors line by line
        }
        if (e.kind() == NameKind.MODEL && tries.isEmpty()) {
            m.append("; 'easel models' lists the models and their styles");
        }
        return m.toString();
    }

    /** The flags that use {@code name} the way {@code use} says. */
    static String flags(NameUse use, String name) {
        return switch (use.kind()) {
            case MODEL -> "--method " + use.method() + " --model " + name;
            case MODEL_STYLE -> "--method " + use.method() + " --style " + name
                + (use.model().equals(StylizeOptions.DEFAULT_MULTI_MODEL) ? "" : " --model " + use.model());
            case PAINTING -> "--method " + use.method() + " --style " + name + "   (or --method gatys, slower)";
        };
    }
}
