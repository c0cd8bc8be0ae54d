package dev.easel.names;

/**
 * A method that can use a name, and how: as a painting (gatys, arbitrary), as a model (realtime) or as a style
 * of a model (multi).
 *
 * @param method the stylization method, e.g. "multi"
 * @param kind   what the name is there
 * @param model  for {@link NameKind#MODEL_STYLE}, the model that has the style; otherwise null
 */
public record NameUse(String method, NameKind kind, String model) {
    public NameUse {
        if (method == null || kind == null) {
            throw new IllegalArgumentException("a name use needs a method and a kind");
        }
        if ((kind == NameKind.MODEL_STYLE) != (model != null)) {
            throw new IllegalArgumentException("a model is named exactly for a style of a model");
        }
    }

    /** "a painting (methods gatys and arbitrary)", "a realtime model", "a style of the multi model 'multi'". */
    public String describe() {
        return switch (kind) {
            case PAINTING -> "a painting (method " + method + ")";
            case MODEL -> Articles.a(method) + " model";
            case MODEL_STYLE -> "a style of the " + method + " model '" + model + "'";
        };
    }
}
