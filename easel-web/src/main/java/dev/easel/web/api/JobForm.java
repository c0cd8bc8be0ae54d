package dev.easel.web.api;

import dev.easel.image.Picture;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.StyleLimits;
import dev.easel.web.jobs.JobSpec;
import dev.easel.web.methods.MethodCatalog;
import dev.easel.web.methods.MethodInfo;
import dev.easel.web.methods.StyleChoice;
import dev.easel.web.methods.WebMethod;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Reads the multipart form of {@code POST /api/jobs} into a checked {@link JobSpec}. Cheap checks come
 * first (fields, numbers, method, style names); images are decoded last. Every problem is an
 * {@link ApiException} naming the field, so no malformed request gets as far as a 500.
 */
final class JobForm {
    static final Set<String> FIELDS = Set.of("content", "style", "styleName", "styleWeights", "method", "size",
        "strength", "preserveColors", "refine");
    private static final int MAX_FIELD_CHARS = 200;
    /** Forms read at once: each may hold up to the upload limit in memory, which all of Jetty's threads together must not. */
    static final int CONCURRENT_FORMS = 4;
    private static final long FORM_WAIT_MILLIS = 2000;

    /** Forms one client address may send at once: slow senders from one place cannot hold every slot. */
    static final int FORMS_PER_CLIENT = 2;

    private final Semaphore readers = new Semaphore(CONCURRENT_FORMS);
    private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();

    private final MethodCatalog methods;
    private final ImageUploads uploads;
    private final FormParts body;

    JobForm(MethodCatalog methods, ImageUploads uploads, FormParts body) {
        this.methods = methods;
        this.uploads = uploads;
        this.body = body;
    }

    /** A style field as it arrived: a gallery name or uploaded bytes, in form order. */
    private record RawStyle(String name, byte[] upload, String label) {
    }

    /**
     * Reads and checks a job form.
     *
     * @throws ApiException 429 with Retry-After when {@value #CONCURRENT_FORMS} forms are being read already
     */
    JobSpec parse(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (perClient.merge(client, 1, Integer::sum) > FORMS_PER_CLIENT) {
            perClient.compute(client, (k, n) -> n == null || n <= 1 ? null : n - 1);
            throw ApiException.busy("this address is already sending " + FORMS_PER_CLIENT + " uploads; wait for them to finish", 2);
        }
        try {
            return parseAdmitted(request);
        } finally {
            perClient.compute(client, (k, n) -> n == null || n <= 1 ? null : n - 1);
        }
    }

    private JobSpec parseAdmitted(HttpServletRequest request) {
        boolean admitted;
        try {
            admitted = readers.tryAcquire(FORM_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw ApiException.busy("the server is receiving " + CONCURRENT_FORMS + " other uploads; try again in a moment", 2);
        }
        try {
            return read(request);
        } finally {
            readers.release();
        }
    }

    private JobSpec read(HttpServletRequest request) {
        Collection<Part> parts = body.read(request);
        Map<String, String> fields = new HashMap<>();
        byte[] content = null;
        String contentLabel = "content";
        List<RawStyle> styles = new ArrayList<>();
        for (Part part : parts) {
            String name = part.getName();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown field '" + printable(name) + "'; the fields are: "
                    + String.join(", ", FIELDS.stream().sorted().toList()));
            }
            switch (name) {
                case "content" -> {
                    if (content != null) {
                        throw ApiException.badRequest("give one 'content' photo, not several");
                    }
                    content = bytes(part);
                    contentLabel = label("content", part);
                }
                case "style" -> styles.add(new RawStyle(uploadName(part, styles.size()), bytes(part), label("style", part)));
                case "styleName" -> styles.add(new RawStyle(text(part), null, null));
                default -> {
                    if (fields.put(name, text(part)) != null) {
                        throw ApiException.badRequest("field '" + name + "' was given more than once");
                    }
                }
            }
        }
        if (content == null) {
            throw ApiException.badRequest("no photo: send it as the file field 'content' (curl -F content=@photo.jpg)");
        }
        WebMethod method = method(fields.get("method"));
        MethodInfo info = method.info();
        int size = FormValues.size(fields.get("size"), info);
        int refine = FormValues.refine(fields.get("refine"), info);
        double strength = FormValues.number(fields.get("strength"), "strength", 1.0);
        ApiException.checkSetting(() -> StyleLimits.strength(strength));
        ColorPreservation colors = FormValues.colors(fields.get("preserveColors"));
        double[] weights = FormValues.weights(fields.get("styleWeights"), styles.size());
        List<StyleChoice> choices = new ArrayList<>();
        for (int i = 0; i < styles.size(); i++) {
            // Names are checked before any image is decoded; uploads get a stand-in until then.
            RawStyle s = styles.get(i);
            choices.add(new StyleChoice(s.name(), s.upload() == null ? null : Picture.blank(1, 1), weights[i]));
        }
        method.check(choices);
        Picture photo = uploads.decode(content, contentLabel, size);
        for (int i = 0; i < styles.size(); i++) {
            RawStyle s = styles.get(i);
            if (s.upload() != null) {
                choices.set(i, new StyleChoice(s.name(), uploads.decode(s.upload(), s.label(), info.maxSize()), weights[i]));
            }
        }
        return new JobSpec(photo, method, choices, size, colors, strength, refine);
    }

    private WebMethod method(String name) {
        if (name == null || name.isBlank()) {
            return methods.defaultMethod().orElseThrow(() -> ApiException.badRequest("no method is available on this server"));
        }
        return methods.find(name.trim()).orElseThrow(() -> ApiException.badRequest("unknown method '" + printable(name)
            + "'; the methods are: " + String.join(", ", methods.all().stream().map(m -> m.info().name()).toList())));
    }

    private static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the upload '" + part.getName() + "': " + printable(e.getMessage()));
        }
    }

    private static String text(Part part) {
        if (part.getSize() > MAX_FIELD_CHARS) {
            throw ApiException.badRequest("field '" + part.getName() + "' is too long (at most " + MAX_FIELD_CHARS + " characters)");
        }
        return new String(bytes(part), StandardCharsets.UTF_8).trim();
    }

    /** "content (photo.jpg)": the client's file name, cleaned, only ever used in messages. */
    private static String label(String field, Part part) {
        String file = part.getSubmittedFileName();
        return file == null || file.isBlank() ? field : field + " (" + printable(file) + ")";
    }

    /** An uploaded painting's name in job reports: its cleaned file name without extension. */
    private static String uploadName(Part part, int index) {
        String file = part.getSubmittedFileName();
        String clean = file == null ? "" : printable(file).replaceAll("[^A-Za-z0-9 _.-]", "").replaceAll("\\.[^.]*$", "");
        return "upload: " + (clean.isBlank() ? "painting " + (index + 1) : clean);
    }

    /** At most 60 printable characters of something a client sent, for echoing in a message. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String clean = s.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
    }
}
