package dev.easel.names;

import java.util.Locale;

/** "a realtime model", "an arbitrary model". */
public final class Articles {
    private Articles() {
    }

    public static String a(String word) {
        return ("aeiou".indexOf(word.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
