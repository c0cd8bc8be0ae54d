package dev.easel.web.methods;

import dev.easel.models.ModelRegistry;
import dev.easel.web.WebConfig;
import dev.easel.web.styles.PaintingFolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The methods this server offers, in the order the page lists them; the first available one is the default. */
public final class MethodCatalog implements AutoCloseable {
    /** Realtime and multi above this long side would need tiles and gigabytes; the page offers up to here. */
    public static final int NETWORK_MAX_SIZE = 1536;

    private final List<WebMethod> methods;
    private final AutoCloseable resources;

    public MethodCatalog(List<WebMethod> methods, AutoCloseable resources) {
        this.methods = List.copyOf(methods);
        this.resources = resources;
    }

    /** realtime (fast, the default), multi, arbitrary, gatys, analogy: whatever this installation has models and weights for. */
    public static MethodCatalog standard(WebConfig config, PaintingFolder paintings) {
        ModelShelf shelf = new ModelShelf(ModelRegistry.standard());
        VggShelf vgg = new VggShelf();
        Refiner refiner = new Refiner(vgg, paintings, config.maxPixels());
        List<WebMethod> methods = new ArrayList<>();
        methods.add(new RealtimeMethod(shelf, NETWORK_MAX_SIZE, refiner));
        methods.add(new MultiMethod(shelf, NETWORK_MAX_SIZE, refiner));
        methods.add(new ArbitraryMethod(shelf, paintings, config.maxPixels(), NETWORK_MAX_SIZE, refiner));
        methods.add(new GatysMethod(paintings, config.gatys(), config.maxPixels(), vgg));
        methods.add(new AnalogyMethod(paintings, config.maxPixels(), NETWORK_MAX_SIZE));
        return new MethodCatalog(methods, () -> {
            try (vgg) {
                shelf.close();
            }
        });
    }

    public List<WebMethod> all() {
        return methods;
    }

    /** The method of exactly this name. */
    public Optional<WebMethod> find(String name) {
        return methods.stream().filter(m -> m.info().name().equals(name)).findFirst();
    }

    public Optional<WebMethod> defaultMethod() {
        return methods.stream().filter(m -> m.info().available()).findFirst();
    }

    @Override
    public void close() {
        methods.forEach(WebMethod::close);
        try {
            if (resources != null) {
                resources.close();
            }
        } catch (Exception ignored) {
            // shutting down
        }
    }
}
