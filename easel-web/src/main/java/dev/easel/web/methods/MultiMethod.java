package dev.easel.web.methods;

import dev.easel.io.FileNames;
import dev.easel.models.ModelCard;
import dev.easel.stylize.StyleInput;
import dev.easel.web.api.ApiException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One network for many styles (conditional instance norm): mixes up to four of its styles in one pass. */
final class MultiMethod extends ModelMethod {
    static final String NAME = "multi";

    private final Set<String> names = new LinkedHashSet<>();

    MultiMethod(ModelShelf shelf, int maxSize, Refiner refiner) {
        super(NAME, shelf, maxSize, refiner);
        models.forEach(m -> m.styles().forEach(s -> names.add(FileNames.stem(s))));
    }

    @Override
    public MethodInfo info() {
        return info("One network for many styles: mix them in one pass, seconds.",
            models.isEmpty() ? "no multi-style model found (train one with 'easel train multi')" : null,
            MethodInfo.MAX_MIXED_STYLES, false);
    }

    @Override
    public Set<String> styleNames() {
        return names;
    }

    @Override
    public void check(List<StyleChoice> styles) {
        super.check(styles); // and then: one model must have them all
        modelFor(styles);
    }

    @Override
    public Stylization prepare(List<StyleChoice> styles, int refine) {
        ModelCard model = modelFor(styles);
        List<StyleInput> inputs = styles.stream().map(s -> new StyleInput(null, s.name(), s.weight())).toList();
        return lend(model, inputs, true, refine);
    }

    /** The first model that has every chosen style. */
    private ModelCard modelFor(List<StyleChoice> styles) {
        for (ModelCard m : models) {
            Set<String> stems = new LinkedHashSet<>();
            m.styles().forEach(s -> stems.add(FileNames.stem(s)));
            if (styles.stream().allMatch(s -> stems.contains(s.name()))) {
                return m;
            }
        }
        throw ApiException.badRequest("no single multi-style model has all of these styles: "
            + String.join(", ", styles.stream().map(StyleChoice::name).toList()));
    }
}
