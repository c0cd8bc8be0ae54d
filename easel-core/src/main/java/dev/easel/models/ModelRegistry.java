package dev.easel.models;

import dev.easel.EaselException;
import dev.easel.Installation;
import dev.easel.names.NameKind;
import dev.easel.names.Nearest;
import dev.easel.names.UnknownNameException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds trained models by name or path: the models shipped with Easel ({@code -Deasel.models}, else
 * {@code models/} in the {@link Installation}, else in the working folder), then the user's own ({@code ~/.easel/models} or
 * {@code $EASEL_MODELS}).
 */
public final class ModelRegistry {
    private final List<Path> folders;

    public ModelRegistry(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    public static ModelRegistry standard() {
        List<Path> folders = new ArrayList<>();
        String shipped = System.getProperty("easel.models");
        folders.add(shipped != null ? Path.of(shipped) : Installation.models().orElse(Path.of("models")));
        String user = System.getenv("EASEL_MODELS");
        folders.add(user != null ? Path.of(user) : Path.of(System.getProperty("user.home"), ".easel", "models"));
        return new ModelRegistry(folders);
    }

    public List<Path> folders() {
        return folders;
    }

    /** A model card path for a name ("candy") or a path to a card. */
    public Path find(String nameOrPath) {
        Path direct = Path.of(nameOrPath.endsWith(".json") ? nameOrPath : nameOrPath + ".json");
        if (nameOrPath.contains("/") || nameOrPath.endsWith(".json")) {
            if (Files.isRegularFile(direct)) {
                return direct;
            }
            throw new EaselException(nameOrPath + ": model card not found");
        }
        for (Path folder : folders) {
            Path card = folder.resolve(nameOrPath + ".json");
            if (Files.isRegularFile(card)) {
                return card;
            }
        }
        List<String> names = list().stream().map(ModelCard::name).toList();
        if (names.isEmpty()) {
            throw new EaselException("no model named '" + nameOrPath + "': no models were found in " + folders
                + " (the system property easel.models names the shipped models' folder)");
        }
        throw new UnknownNameException(NameKind.MODEL, nameOrPath, Nearest.to(nameOrPath, names, 3), List.of());
    }

    /** Every readable model card in the folders, shipped first. */
    public List<ModelCard> list() {
        List<ModelCard> cards = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    try {
                        cards.add(ModelFile.readCard(f));
                    } catch (EaselException ignored) {
                        // not a model card: other JSON files may live there
                    }
                }
            } catch (IOException e) {
                throw new EaselException(folder + ": cannot list models (" + e.getMessage() + ")", e);
            }
        }
        return cards;
    }
}
