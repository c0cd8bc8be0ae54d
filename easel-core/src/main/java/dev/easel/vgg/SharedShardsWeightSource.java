package dev.easel.vgg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.EaselException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VGG19 convolution weights from a directory of raw shards, as in {@code shared/models/vgg19-imagenet-blocks1-3}:
 * {@code manifest.json} lists the layers ({@code name}, {@code file}, {@code in}, {@code out}); each file is the
 * kernel as little-endian float32 HWIO {@code [3,3,in,out]} immediately followed by the bias float32
 * {@code [out]}; an optional {@code SHA256SUMS} (sha256sum format) holds the files' checksums.
 *
 * <p>{@link #open} checks the manifest against VGG19, every file's size, and every file's SHA-256;
 * {@link #load} reads one file, checks its hash again (the bytes actually used), rejects NaN/infinite values
 * and converts the kernel to OIHW.
 */
final class SharedShardsWeightSource implements VggWeightSource {
    private static final Logger LOG = LoggerFactory.getLogger(SharedShardsWeightSource.class);
    private static final Pattern SUM_LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    private record Shard(String conv, Path file, int in, int out, String sha256) {
        long bytes() {
            return 4L * (9L * in * out + out);
        }
    }

    private final Path dir;
    private final Map<String, Shard> shards; // network order
    private final List<String> convLayers;

    private SharedShardsWeightSource(Path dir, Map<String, Shard> shards) {
        this.dir = dir;
        this.shards = shards;
        this.convLayers = List.copyOf(shards.keySet());
    }

    /**
     * Opens and verifies a shard directory.
     *
     * @throws EaselException when the directory, manifest or a shard is missing or malformed, a shard has the
     *                        wrong size, or a checksum does not match
     */
    public static SharedShardsWeightSource open(Path dir) {
        if (!Files.exists(dir)) {
            throw new EaselException("VGG weights directory " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new EaselException("VGG weights directory " + dir + " is not a directory");
        }
        Path manifestFile = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new EaselException("VGG weights directory " + dir + " has no manifest.json");
        }
        Map<String, String> sums = readSums(dir.resolve("SHA256SUMS"));
        Map<String, Shard> found = readManifest(manifestFile, dir, sums);

        Map<String, Shard> ordered = new LinkedHashMap<>();
        for (String conv : Vgg19Spec.inNetworkOrder(found.keySet())) {
            Shard shard = found.get(conv);
            checkSize(shard);
            if (shard.sha256() != null) {
                checkHash(shard, sha256(shard.file()));
            }
            ordered.put(conv, shard);
        }
        return new SharedShardsWeightSource(dir, ordered);
    }

    /** The directory this source reads. */
    public Path directory() {
        return dir;
    }

    @Override
    public String description() {
        return "VGG19 weight shards " + dir;
    }

    @Override
    public List<String> convLayers() {
        return convLayers;
    }

    @Override
    public ConvLayer load(String convLayer) {
        Shard shard = shards.get(convLayer);
        if (shard == null) {
            throw new EaselException(dir + " has no layer " + convLayer + " (it holds "
                    + String.join(", ", convLayers) + ")");
        }
        checkSize(shard);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(shard.file());
        } catch (IOException e) {
            throw new EaselException("Cannot read VGG weights file " + shard.file() + ": " + e.getMessage(), e);
        }
        if (bytes.length != shard.bytes()) {
            throw sizeError(shard, bytes.length);
        }
        if (shard.sha256() != null) {
            checkHash(shard, sha256(bytes));
        }
        int in = shard.in();
        int out = shard.out();
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] hwio = new float[9 * in * out];
        float[] bias = new float[out];
        buf.asFloatBuffer().get(hwio).get(bias);
        String where = shard.file().toString();
        Vgg19Spec.requireFinite(hwio, where, convLayer + " kernel", 3, 3, in, out);
        Vgg19Spec.requireFinite(bias, where, convLayer + " bias", out);
        return new ConvLayer(convLayer, in, out, ConvLayer.hwioToOihw(hwio, in, out), bias);
    }

    @Override
    public String toString() {
        return description();
    }

    // ---------------------------------------------------------------- manifest and checksums

    private static Map<String, Shard> readManifest(Path manifestFile, Path dir, Map<String, String> sums) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(manifestFile.toFile());
        } catch (JsonProcessingException e) {
            throw new EaselException(manifestFile + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new EaselException("Cannot read " + manifestFile + ": " + e.getMessage(), e);
        }
        JsonNode layers = root == null ? null : root.get("layers");
        if (layers == null || !layers.isArray() || layers.isEmpty()) {
            throw new EaselException(manifestFile + " has no \"layers\" list");
        }
        Map<String, Shard> found = new LinkedHashMap<>();
        for (JsonNode layer : layers) {
            String conv = text(layer, "name", manifestFile);
            String fileName = text(layer, "file", manifestFile);
            int in = integer(layer, "in", conv, manifestFile);
            int out = integer(layer, "out", conv, manifestFile);
            if (!Vgg19Spec.isConv(conv)) {
                throw new EaselException(manifestFile + ": layer \"" + conv + "\" is not a VGG19 convolution"
                        + " (conv1_1 ... conv5_4)");
            }
            if (found.containsKey(conv)) {
                throw new EaselException(manifestFile + " lists layer " + conv + " twice");
            }
            if (in != Vgg19Spec.in(conv) || out != Vgg19Spec.out(conv)) {
                throw new EaselException(manifestFile + ": " + conv + " has in=" + in + ", out=" + out
                        + ", expected in=" + Vgg19Spec.in(conv) + ", out=" + Vgg19Spec.out(conv) + " (VGG19)");
            }
            if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.equals("..")
                    || fileName.equals(".")) {
                throw new EaselException(manifestFile + ": " + conv + " file \"" + fileName
                        + "\" must be a plain file name inside " + dir);
            }
            Path file = dir.resolve(fileName);
            if (!Files.isRegularFile(file)) {
                throw new EaselException("VGG weights file " + file + " (" + conv + ", listed in manifest.json)"
                        + " does not exist");
            }
            String sha = null;
            if (sums != null) {
                sha = sums.get(fileName);
                if (sha == null) {
                    LOG.warn("{} has no entry for {}; its checksum is not verified", dir.resolve("SHA256SUMS"),
                            fileName);
                }
            }
            found.put(conv, new Shard(conv, file, in, out, sha));
        }
        return found;
    }

    private static String text(JsonNode layer, String field, Path manifestFile) {
        JsonNode v = layer.get(field);
        if (v == null || !v.isTextual()) {
            throw new EaselException(manifestFile + ": a layer entry lacks the text field \"" + field + "\": "
                    + layer);
        }
        return v.asText();
    }

    private static int integer(JsonNode layer, String field, String conv, Path manifestFile) {
        JsonNode v = layer.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new EaselException(manifestFile + ": layer " + conv + " lacks the integer field \"" + field
                    + "\"");
        }
        return v.asInt();
    }

    /** Parses sha256sum output; null when the file is absent. */
    private static Map<String, String> readSums(Path sumsFile) {
        if (!Files.exists(sumsFile)) {
            LOG.warn("{} not found; VGG weight files are not checksum-verified", sumsFile);
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(sumsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EaselException("Cannot read " + sumsFile + ": " + e.getMessage(), e);
        }
        Map<String, String> sums = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SUM_LINE.matcher(line.strip());
            if (!m.matches()) {
                throw new EaselException(sumsFile + " line " + lineNo + " is not '<sha256>  <file>': " + line);
            }
            sums.put(m.group(2).strip(), m.group(1).toLowerCase(Locale.ROOT));
        }
        return sums;
    }

    private static void checkSize(Shard shard) {
        long size;
        try {
            size = Files.size(shard.file());
        } catch (IOException e) {
            throw new EaselException("Cannot read VGG weights file " + shard.file() + ": " + e.getMessage(), e);
        }
        if (size != shard.bytes()) {
            throw sizeError(shard, size);
        }
    }

    private static EaselException sizeError(Shard shard, long size) {
        String why = size < shard.bytes() ? "truncated" : "too long";
        return new EaselException("VGG weights file " + shard.file() + " has " + size + " bytes, expected "
                + shard.bytes() + " for " + shard.conv() + " (float32 kernel 3x3x" + shard.in() + "x" + shard.out()
                + " + bias " + shard.out() + "): the file is " + why);
    }

    private static void checkHash(Shard shard, String actual) {
        if (!actual.equals(shard.sha256())) {
            throw new EaselException("VGG weights file " + shard.file() + " failed its SHA-256 check: expected "
                    + shard.sha256() + " (SHA256SUMS), actual " + actual + "; the file is corrupted");
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = newSha256();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new EaselException("Cannot read VGG weights file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JVM without SHA-256", e);
        }
    }
}
