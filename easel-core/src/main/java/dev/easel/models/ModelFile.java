package dev.easel.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.easel.EaselException;
import dev.easel.io.AtomicFiles;
import dev.easel.nets.ParamSet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A shipped model: {@code NAME.json} (the model card) beside {@code NAME.weights} (every parameter as
 * little-endian fp16, in card order). fp16 halves the size with no visible change in the output; loading
 * checks the card, the file size, the checksum and every shape before any weight is used.
 */
public final class ModelFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    public static Path weightsPath(Path card) {
        String name = card.getFileName().toString();
        return card.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".weights");
    }

    /** Writes the card and fp16 weights atomically; {@code card.parameters} and checksum are filled in. */
    public static ModelCard save(Path cardPath, ModelCard card, ParamSet params) {
        if (!cardPath.getFileName().toString().endsWith(".json")) {
            throw new EaselException(cardPath + ": a model card must end in .json");
        }
        ByteArrayOutputStream weights = new ByteArrayOutputStream();
        List<ModelCard.ParameterInfo> infos = new ArrayList<>();
        for (Map.Entry<String, NDArray> e : params.values().entrySet()) {
            try (NDArray half = e.getValue().toType(DataType.FLOAT16, true)) {
                weights.writeBytes(half.toByteArray());
            }
            infos.add(new ModelCard.ParameterInfo(e.getKey(), e.getValue().getShape().getShape()));
        }
        byte[] bytes = weights.toByteArray();
        ModelCard full = new ModelCard(ModelCard.FORMAT, card.method(), card.name(), card.architecture(), card.styles(),
            card.trainingData(), card.steps(), card.wallSeconds(), card.finalLosses(), card.command(), card.settings(),
            infos, sha256(bytes));
        try {
            Files.createDirectories(cardPath.toAbsolutePath().getParent());
            AtomicFiles.replace(weightsPath(cardPath), bytes);
            AtomicFiles.replace(cardPath, JSON.writeValueAsBytes(full));
        } catch (IOException e) {
            throw new EaselException("cannot write model " + cardPath + ": " + e.getMessage(), e);
        }
        return full;
    }

    public static ModelCard readCard(Path cardPath) {
        if (!Files.isRegularFile(cardPath)) {
            throw new EaselException(cardPath + ": model card not found");
        }
        ModelCard card;
        try {
            card = JSON.readValue(cardPath.toFile(), ModelCard.class);
        } catch (IOException e) {
            throw new EaselException(cardPath + ": not a valid model card (" + firstLine(e.getMessage()) + ")", e);
        }
        if (card == null || card.format() != ModelCard.FORMAT || card.parameters() == null || card.parameters().isEmpty()
            || card.architecture() == null || card.method() == null) {
            throw new EaselException(cardPath + ": model card is incomplete or of an unknown format");
        }
        return card;
    }

    /**
     * The one way a trained network is loaded: its weights (checked as {@link #loadWeights} does) go into a
     * new parameter set owned by {@code manager}, and {@code build} makes the model around them. On any
     * failure {@code manager} is closed, so nothing leaks.
     */
    public static <T> T load(Path cardPath, ModelCard card, NDManager manager, Map<String, Shape> expected,
                             Function<ParamSet, T> build) {
        try {
            ParamSet params = new ParamSet(manager);
            loadWeights(cardPath, card, params, expected);
            return build.apply(params);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * Loads the weights into {@code params} as float32, checking them against the card and against the
     * parameter names and shapes (in order) the network expects.
     */
    public static void loadWeights(Path cardPath, ModelCard card, ParamSet params, Map<String, Shape> expected) {
        Path weightsPath = weightsPath(cardPath);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(weightsPath);
        } catch (IOException e) {
            throw new EaselException(weightsPath + ": cannot read model weights (" + e.getMessage() + ")", e);
        }
        long expectedBytes = card.parameters().stream().mapToLong(p -> p.size() * 2).sum();
        if (bytes.length != expectedBytes) {
            throw new EaselException(weightsPath + ": has " + bytes.length + " bytes, the card says " + expectedBytes
                + (bytes.length < expectedBytes ? " (truncated)" : ""));
        }
        if (!sha256(bytes).equals(card.weightsSha256())) {
            throw new EaselException(weightsPath + ": checksum does not match its model card (corrupt file)");
        }
        List<String> names = card.parameters().stream().map(ModelCard.ParameterInfo::name).toList();
        if (!names.equals(List.copyOf(expected.keySet()))) {
            throw new EaselException(cardPath + ": parameters do not match architecture '" + card.architecture() + "'");
        }
        NDManager m = params.manager();
        int offset = 0;
        for (ModelCard.ParameterInfo p : card.parameters()) {
            long[] shape = expected.get(p.name()).getShape();
            if (!java.util.Arrays.equals(shape, p.shape())) {
                throw new EaselException(cardPath + ": " + p.name() + " has shape " + java.util.Arrays.toString(p.shape())
                    + ", expected " + java.util.Arrays.toString(shape));
            }
            int length = (int) (p.size() * 2);
            try (NDArray half = m.create(java.nio.ByteBuffer.wrap(bytes, offset, length).slice(), new Shape(p.shape()), DataType.FLOAT16);
                 NDArray full = half.toType(DataType.FLOAT32, true)) {
                if (full.isNaN().any().getBoolean() || full.isInfinite().any().getBoolean()) {
                    throw new EaselException(weightsPath + ": " + p.name() + " contains NaN or infinite values");
                }
                params.put(p.name(), full.toFloatArray(), new Shape(p.shape()));
            }
            offset += length;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
