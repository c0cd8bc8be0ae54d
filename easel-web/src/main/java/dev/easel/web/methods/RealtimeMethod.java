package dev.easel.web.methods;

import dev.easel.models.ModelCard;
import dev.easel.stylize.StyleInput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Johnson et al.'s real-time networks: one trained model per style, one pass, about a second. */
final class RealtimeMethod extends ModelMethod {
    static final String NAME = "realtime";

    private final Map<String, ModelCard> byName = new LinkedHashMap<>();

    RealtimeMethod(ModelShelf shelf, int maxSize, Refiner refiner) {
        super(NAME, shelf, maxSize, refiner);
        models.forEach(c -> byName.putIfAbsent(c.name(), c));
    }

    @Override
    public MethodInfo info() {
        return info("A network trained for one style: one pass, seconds.",
            byName.isEmpty() ? "no realtime model found (train one with 'easel train realtime')" : null, 1, false);
    }

    @Override
    public Set<String> styleNames() {
        return byName.keySet();
    }

    @Override
    public Stylization prepare(List<StyleChoice> styles, int refine) {
        ModelCard card = byName.get(styles.get(0).name());
        return lend(card, List.of(new StyleInput(null, card.name(), 1.0)), true, refine);
    }
}
