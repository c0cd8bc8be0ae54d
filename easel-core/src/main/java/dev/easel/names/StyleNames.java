package dev.easel.names;

import dev.easel.EaselException;
import dev.easel.io.FileNames;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.PaintingFolders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One resolver for the names every front end takes: a painting ("starry_night", where a painting is taken),
 * a model ("candy") and a style of a multi-style model ("udnie"). An unknown name fails with the nearest
 * names and with the other methods that know it ({@link UnknownNameException}).
 */
public final class StyleNames {
    /** The method that takes any painting in one pass: where a painting's name is suggested. */
    public static final String PAINTING_METHOD = "arbitrary";
    private static final int SUGGESTIONS = 3;

    private final PaintingFolders paintings;
    private final ModelRegistry models;

    public StyleNames(PaintingFolders paintings, ModelRegistry models) {
        this.paintings = paintings;
        this.models = models;
    }

    /** The installed models and the paintings beside them and in the shared data. */
    public static StyleNames standard() {
        return new StyleNames(PaintingFolders.standard(), ModelRegistry.standard());
    }

    /** Every painting by name. */
    public Map<String, Path> paintings() {
        return paintings.byName();
    }

    /**
     * A painting's file: {@code nameOrPath} itself when it is a file (or a path: the reader then says what is
     * wrong), else the painting of that name, with or without its extension.
     *
     * @throws UnknownNameException for a bare name that is neither a file nor a painting
     */
    public Path painting(String nameOrPath) {
        Path given = Path.of(nameOrPath);
        if (Files.exists(given) || given.getNameCount() > 1) {
            return given;
        }
        Map<String, Path> all = paintings();
        Path found = all.get(nameOrPath);
        if (found == null) {
            found = all.get(FileNames.stem(nameOrPath));
        }
        if (found == null) {
            throw new UnknownNameException(NameKind.PAINTING, nameOrPath, Nearest.to(nameOrPath, all.keySet(), SUGGESTIONS),
                elsewhere(nameOrPath, NameKind.PAINTING));
        }
        return found;
    }

    /**
     * A model's card: a name from the model folders or a path to a card.
     *
     * @throws UnknownNameException for a name no folder has
     */
    public Path model(String nameOrPath) {
        try {
            return models.find(nameOrPath);
        } catch (UnknownNameException e) {
            throw e.withElsewhere(elsewhere(nameOrPath, NameKind.MODEL));
        }
    }

    /**
     * Checks that the model of {@code modelNameOrPath} has {@code style} (by its painting's name, with or without
     * extension, or its index) and returns the card.
     */
    public ModelCard modelStyle(String modelNameOrPath, String style) {
        ModelCard card = ModelFile.readCard(model(modelNameOrPath));
        try {
            card.styleIndex(style);
            return card;
        } catch (UnknownNameException e) {
            List<NameUse> elsewhere = elsewhere(style, NameKind.MODEL_STYLE);
            throw e.withElsewhere(elsewhere.stream().filter(u -> !card.name().equals(u.model())).toList());
        }
    }

    /** Where {@code name} exists as something other than {@code asked}: models, then models' styles, then paintings. */
    List<NameUse> elsewhere(String name, NameKind asked) {
        List<NameUse> uses = new ArrayList<>();
        List<ModelCard> cards;
        try {
            cards = models.list();
        } catch (EaselException e) { // an unreadable folder: suggestions are a courtesy
            cards = List.of();
        }
        for (ModelCard card : cards) {
            if (asked != NameKind.MODEL && card.name().equals(name)) {
                uses.add(new NameUse(card.method(), NameKind.MODEL, null));
            }
        }
        for (ModelCard card : cards) {
            boolean hasStyle = card.styles() != null && card.styles().size() > 1
                && card.styles().stream().anyMatch(s -> FileNames.stem(s).equalsIgnoreCase(name));
            if (hasStyle) {
                uses.add(new NameUse(card.method(), NameKind.MODEL_STYLE, card.name()));
            }
        }
        if (asked != NameKind.PAINTING && paintings().containsKey(name)) {
            uses.add(new NameUse(PAINTING_METHOD, NameKind.PAINTING, null));
        }
        return uses;
    }
}
