package dev.easel.web.styles;

import dev.easel.models.ModelRegistry;
import dev.easel.names.PaintingCatalogue;
import dev.easel.web.methods.MethodCatalog;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
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
     * @param title     for people: the painting's title from the catalogue, else made from the name
     * @param artist    the painter, or "" where the catalogue does not say
     * @param thumbnail URL of a preview image, or null
     * @param methods   the methods that paint it
     */
    public record Style(String name, String title, String artist, String thumbnail, List<String> methods) {
    }

    private final List<Style> styles;

    public StyleCatalog(MethodCatalog methods, Thumbnails thumbnails) {
        // beside the gallery's paintings first, then the one shipped beside the models
        List<Path> folders = new ArrayList<>();
        if (thumbnails.paintings().folder() != null) {
            folders.add(thumbnails.paintings().folder());
        }
        folders.addAll(ModelRegistry.standard().folders());
        PaintingCatalogue catalogue = PaintingCatalogue.load(folders);
        TreeSet<String> names = new TreeSet<>();
        methods.all().forEach(m -> names.addAll(m.styleNames()));
        List<Style> list = new ArrayList<>();
        for (String name : names) {
            List<String> paintedBy = methods.all().stream().filter(m -> m.info().available())
                .filter(m -> m.styleNames().contains(name)).map(m -> m.info().name()).toList();
            if (!paintedBy.isEmpty()) {
                list.add(new Style(name, catalogue.title(name), catalogue.find(name).map(PaintingCatalogue.Entry::artist).orElse(""),
                    thumbnails.has(name) ? "/api/styles/" + name + "/thumbnail" : null,
                    paintedBy));
            }
        }
        this.styles = List.copyOf(list);
    }

    public List<Style> all() {
        return styles;
    }
}
