package dev.easel.web.api;

import dev.easel.web.methods.MethodCatalog;
import dev.easel.web.methods.MethodInfo;
import dev.easel.web.styles.StyleCatalog;
import dev.easel.web.styles.Thumbnails;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.util.List;

/** {@code GET /api/methods}, {@code GET /api/styles} and the gallery's thumbnails. */
record CatalogApi(MethodCatalog methods, StyleCatalog styles, Thumbnails thumbnails) {
    void install(Javalin app) {
        app.get("/api/methods", this::listMethods);
        app.get("/api/styles", ctx -> ctx.json(styles.all()));
        app.get("/api/styles/{name}/thumbnail", this::thumbnail);
    }

    /** The methods with the default first marked, so a client needs no rule of its own. */
    public record Methods(String defaultMethod, List<MethodInfo> methods) {
    }

    private void listMethods(Context ctx) {
        ctx.json(new Methods(methods.defaultMethod().map(m -> m.info().name()).orElse(null),
            methods.all().stream().map(m -> m.info()).toList()));
    }

    private void thumbnail(Context ctx) {
        String name = ctx.pathParam("name");
        if (!thumbnails.has(name)) { // only listed paintings: the name never becomes a path
            throw ApiException.notFound("no painting named '" + JobForm.printable(name) + "'");
        }
        byte[] jpeg = thumbnails.jpeg(name).orElseThrow(() -> ApiException.notFound(
            "the painting '" + JobForm.printable(name) + "' cannot be read, so it has no thumbnail"));
        ctx.contentType("image/jpeg").header("Cache-Control", "max-age=3600").result(jpeg);
    }
}
