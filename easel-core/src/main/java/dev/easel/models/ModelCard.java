package dev.easel.models;

import dev.easel.EaselException;
import dev.easel.io.FileNames;
import dev.easel.names.Articles;
import dev.easel.names.NameKind;
import dev.easel.names.Nearest;
import dev.easel.names.UnknownNameException;
import dev.easel.nets.Architecture;
import dev.easel.nets.Conditioning;
import dev.easel.nets.TransformerNet;

import java.util.List;
import java.util.Map;

/**
 * What a trained model is and how it was made, stored as JSON beside its fp16 weights.
 *
 * @param format       file format version
 * @param method       stylization family, e.g. "realtime"
 * @param name         short name users select it by
 * @param architecture network architecture name
 * @param styles       style image(s) it was trained on (file names), in conditional-vector order
 * @param trainingData what the content images were
 * @param steps        optimizer steps
 * @param wallSeconds  training time
 * @param finalLosses  last losses (content, style, tv, total)
 * @param command      the exact command that reproduces it
 * @param settings     hyper-parameters (batch, crop size, weights, learning rate, ...)
 * @param parameters   parameter names and shapes, in file order
 * @param weightsSha256 checksum of the weights file
 */
public record ModelCard(int format, String method, String name, String architecture, List<String> styles,
                        String trainingData, long steps, double wallSeconds, Map<String, Double> finalLosses,
                        String command, Map<String, Object> settings, List<ParameterInfo> parameters,
                        String weightsSha256) {

    public static final int FORMAT = 1;

    /** Whether this card is a model of {@code method}. */
    public boolean isFor(Method method) {
        return method.id().equals(this.method);
    }

    /**
     * Refuses, before any weights are read, a card that is not a model of {@code method} with
     * {@code architecture}; {@code description} says what the loader reads, e.g. "an AdaIN decoder".
     */
    public void require(Method method, String architecture, String description) {
        if (!isFor(method) || !architecture.equals(this.architecture)) {
            throw new EaselException("model '" + name + "' is " + Articles.a(this.method) + " (" + this.architecture
                + ") model, not " + description);
        }
    }

    /** The network this card describes: its architecture, and for multi-style models its conditioning and styles. */
    public TransformerNet network() {
        Object c = settings == null ? null : settings.get("conditioning");
        try {
            Conditioning conditioning = c == null ? Conditioning.NONE : Conditioning.named(c.toString());
            return new TransformerNet(Architecture.named(architecture), conditioning,
                conditioning == Conditioning.NONE ? 1 : styles.size());
        } catch (IllegalArgumentException e) {
            throw new EaselException("model '" + name + "': " + e.getMessage());
        }
    }

    /**
     * The index of a style of a multi-style model, by its name in the card ("starry_night.jpg"), its stem
     * ("starry_night") or its position ("3"), ignoring case.
     */
    public int styleIndex(String style) {
        for (int i = 0; i < styles.size(); i++) {
            String s = styles.get(i);
            if (s.equalsIgnoreCase(style) || FileNames.stem(s).equalsIgnoreCase(style) || String.valueOf(i).equals(style)) {
                return i;
            }
        }
        List<String> stems = styles.stream().map(FileNames::stem).toList();
        throw new UnknownNameException(NameKind.MODEL_STYLE, style, "model '" + name + "' has no style '" + style
            + "'; it has: " + String.join(", ", styles), Nearest.to(style, stems, 3), List.of());
    }

    /** The file name of the painting behind a style (a one-style model's only painting, whatever the name). */
    public String painting(String style) {
        return styles.size() == 1 ? styles.get(0) : styles.get(styleIndex(style));
    }

    /** One parameter tensor in the weights file. */
    public record ParameterInfo(String name, long[] shape) {
        public long size() {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            return n;
        }
    }
}
