package dev.easel.names;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The names closest to a misspelt one, by edit distance (case ignored): what "did you mean" offers. */
public final class Nearest {
    private Nearest() {
    }

    /** Up to {@code n} of {@code candidates}, closest to {@code name} first (ties in the candidates' order). */
    public static List<String> to(String name, Collection<String> candidates, int n) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return candidates.stream().distinct()
            .sorted(Comparator.comparingInt((String c) -> score(wanted, c.toLowerCase(Locale.ROOT))))
            .limit(n).toList();
    }

    /** The edit distance, or to the candidate's start plus one when closer: a typed beginning finds long names. */
    private static int score(String wanted, String candidate) {
        String start = candidate.substring(0, Math.min(candidate.length(), wanted.length()));
        return Math.min(distance(wanted, candidate), distance(wanted, start) + 1);
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
