package dev.easel.web.methods;

import dev.easel.models.ModelCard;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Johnson et al.'s real-time networks: one trained model per style, one pass, about a second. */
public final class RealtimeMethod implements WebMethod {
    public static final String NAME = "realtime";

    private final ModelShelf shelf;
    private final Map<String, ModelCard> byName = new LinkedHashMap<>();
    private final int maxSize;
    private final Refiner refiner;

    public RealtimeMethod(ModelShelf shelf, int maxSize, Refiner refiner) {
        this.shelf = shelf;
        this.maxSize = maxSize;
        this.refiner = refiner;
        shelf.cards(NAME).forEach(c -> byName.putIfAbsent(c.name(), c));
    }

    @Override
    public MethodInfo info() {
        boolean available = !byName.isEmpty();
        return new MethodInfo(NAME, "A network trained for one style: one pass, seconds.", available,
            available ? null : "no realtime model found (train one with 'easel train realtime')",
            1, false, false, MethodInfo.MIN_SIZE, Math.min(StyleRequest.DEFAULT_SIZE, maxSize), maxSize, refiner.maxIterations());
    }

    @Override
    public Set<String> styleNames() {
        return byName.keySet();
    }

    @Override
    public Stylization prepare(List<StyleChoice> styles, int refine) {
        ModelCard card = byName.get(styles.get(0).name());
        return refiner.refine(new Stylization(shelf.lend(card), List.of(new StyleInput(null, card.name(), 1.0))), card, refine);
    }
}
