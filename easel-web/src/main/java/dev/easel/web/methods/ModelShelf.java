package dev.easel.web.methods;

import dev.easel.models.Method;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.arbitrary.ArbitraryStylizer;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The trained networks (the shipped models/ folder and the user's): listed once at start, loaded on first
 * use and kept loaded, since a loaded network serves every later job in a fraction of the load time.
 */
public final class ModelShelf implements AutoCloseable {
    /** Names that can only be a model's name, never a path (the registry treats "/" and ".json" as paths). */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final ModelRegistry registry;
    private final List<ModelCard> cards;
    private final Map<String, Stylizer> loaded = new ConcurrentHashMap<>();

    public ModelShelf(ModelRegistry registry) {
        this.registry = registry;
        this.cards = registry.list().stream()
            .filter(c -> SAFE_NAME.matcher(c.name()).matches() && !c.name().endsWith(".json"))
            .toList();
    }

    /** Every usable model of a method ("realtime", "multi", "arbitrary"), in registry order (shipped first). */
    public List<ModelCard> cards(String method) {
        return cards.stream().filter(c -> method.equals(c.method())).toList();
    }

    /** The loaded network of a listed model, for one job. */
    public Stylizer lend(ModelCard card) {
        if (!cards.contains(card)) {
            throw new IllegalArgumentException("not a listed model: " + card.name());
        }
        return new SharedStylizer(loaded.computeIfAbsent(card.name(),
            name -> card.isFor(Method.ARBITRARY)
                ? ArbitraryStylizer.load(registry, name, VggLocator.load(null, Pooling.MAX))
                : RealtimeStylizer.load(registry, name, card.method())));
    }

    @Override
    public void close() {
        loaded.values().forEach(Stylizer::close);
        loaded.clear();
    }
}
