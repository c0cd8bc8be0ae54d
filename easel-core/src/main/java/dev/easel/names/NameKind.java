package dev.easel.names;

/** What a name can stand for. */
public enum NameKind {
    PAINTING("painting or file"), MODEL("model"), MODEL_STYLE("style of the model");

    private final String label;

    NameKind(String label) {
        this.label = label;
    }

    /** In messages: "no painting named ...". */
    public String label() {
        return label;
    }
}
