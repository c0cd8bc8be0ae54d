package dev.easel;

import dev.easel.image.Picture;

/**
 * The style {@link Easel#stylize} paints with: a painting, a style by name, or none (a network trained for one
 * style paints its own).
 */
public sealed interface Style permits Style.Painting, Style.Named, Style.None {

    /** A painting to take the style from: what the Gatys optimization and the arbitrary-style networks read. */
    record Painting(Picture picture) implements Style {
        public Painting {
            if (picture == null) {
                throw new IllegalArgumentException("a painting style needs a picture");
            }
        }
    }

    /**
     * A style by name: one a multi-style model was trained on ("the_scream", its file name or its index), or,
     * for the methods that read paintings, a painting of the installation's collection ("starry_night").
     */
    record Named(String name) implements Style {
        public Named {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a named style needs a name");
            }
        }
    }

    /** No style given: a network trained for one style paints that one. */
    record None() implements Style {
    }

    static Style painting(Picture picture) {
        return new Painting(picture);
    }

    static Style named(String name) {
        return new Named(name);
    }

    static Style none() {
        return new None();
    }
}
