package dev.easel.names;

import dev.easel.EaselException;

import java.util.List;

/**
 * A painting, model or model style that no folder has. It says what was looked for, the nearest names that
 * exist, and where the name does exist (as another kind of thing), so a front end can say what would work.
 */
public final class UnknownNameException extends EaselException {
    private final NameKind kind;
    private final String name;
    private final List<String> nearest;
    private final List<NameUse> elsewhere;
    private final String lead;

    public UnknownNameException(NameKind kind, String name, List<String> nearest, List<NameUse> elsewhere) {
        this(kind, name, "no " + kind.label() + " named '" + name + "'", nearest, elsewhere);
    }

    /** @param lead the message's first clause, e.g. "model 'multi' has no style 'x'" */
    public UnknownNameException(NameKind kind, String name, String lead, List<String> nearest, List<NameUse> elsewhere) {
        super(message(lead, name, nearest, elsewhere));
        this.kind = kind;
        this.name = name;
        this.lead = lead;
        this.nearest = List.copyOf(nearest);
        this.elsewhere = List.copyOf(elsewhere);
    }

    public NameKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** Up to three existing names of the same kind, closest first. */
    public List<String> nearest() {
        return nearest;
    }

    /** Where this name does exist: as a painting, a model or a style of a model. */
    public List<NameUse> elsewhere() {
        return elsewhere;
    }

    /** The same failure with the other places the name exists. */
    public UnknownNameException withElsewhere(List<NameUse> uses) {
        return new UnknownNameException(kind, name, lead, nearest, uses);
    }

    private static String message(String lead, String name, List<String> nearest, List<NameUse> elsewhere) {
        StringBuilder m = new StringBuilder(lead);
        if (!nearest.isEmpty()) {
            m.append("; nearest: ").append(String.join(", ", nearest));
        }
        for (NameUse use : elsewhere) {
            m.append("; '").append(name).append("' is ").append(use.describe());
        }
        return m.toString();
    }
}
