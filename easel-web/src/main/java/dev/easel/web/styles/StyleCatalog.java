package dev.easel.web.styles;

import dev.easel.web.methods.MethodCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The gallery: every style some method paints (the paintings, the trained models' styles), each with the
 * methods that paint it and a thumbnail where there is a painting to show.
 */
public final class StyleCatalog {
    /**
     * One gallery entry.
     *
     * @param name      what requests send as styleName
     * @param title     for people
     * @param thumbnail URL of a preview image, or null
     * @param methods   the methods that paint it
     */
    public record Style(String name, String title, String thumbnail, List<String> methods) {
    }

    private final List<Style> styles;

    public StyleCatalog(MethodCatalog methods, Thumbnails thumbnails) {
        TreeSet<String> names = new TreeSet<>();
        methods.all().forEach(m -> names.addAll(m.styleNames()));
        List<Style> list = new ArrayList<>();
        for (String name : names) {
            List<String> paintedBy = methods.all().stream().filter(m -> m.info().available())
                .filter(m -> m.styleNames().contains(name)).map(m -> m.info().name()).toList();
            if (!paintedBy.isEmpty()) {
                list.add(new Style(name, title(name), thumbnails.has(name) ? "/api/styles/" + name + "/thumbnail" : null,
                    paintedBy));
            }
        }
        this.styles = List.copyOf(list);
    }

    public List<Style> all() {
        return styles;
    }

    /** "starry_night" becomes "Starry night". */
    static String title(String name) {
        String spaced = name.replace('_', ' ').replace('-', ' ').trim();
        return spaced.isEmpty() ? name : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
