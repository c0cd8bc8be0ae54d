package dev.easel.web.api;

import dev.easel.web.WebConfig;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to the server. Every request must name one of its host names in Host (a site an attacker points at
 * this address, DNS rebinding, names its own). Off loopback every request, the page included, must also show the
 * access token: as {@code Authorization: Bearer TOKEN}, as {@code ?token=TOKEN} (the printed address; the server
 * then sets it as a cookie so the page's own requests carry it), or as that cookie.
 */
public final class AccessControl {
    static final String COOKIE = "easel_token";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final Set<String> hostNames;
    private final String publicName;
    private final byte[] token;

    private AccessControl(Set<String> hostNames, String publicName, String token) {
        this.hostNames = hostNames;
        this.publicName = publicName;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** The rules for a server bound to {@code host}: on loopback no token; elsewhere the given one or a new one. */
    public static AccessControl of(String host, WebConfig.Access access) {
        boolean loopback = WebConfig.isLoopback(host);
        String bound = bracketed(host.toLowerCase(Locale.ROOT));
        String name = access.publicName() != null ? bracketed(access.publicName().toLowerCase(Locale.ROOT))
            : loopback || !isWildcard(host) ? bound : localName();
        Set<String> names = new HashSet<>(LOOPBACK_NAMES);
        names.add(name);
        if (!isWildcard(host)) {
            names.add(bound);
        }
        String token = access.token() != null ? access.token() : loopback ? null : newToken();
        return new AccessControl(Set.copyOf(names), name, token);
    }

    /** The name the server is reached by, for the printed address. */
    public String publicName() {
        return publicName;
    }

    /** The token requests must show, or null when none is needed. */
    public String token() {
        return token == null ? null : new String(token, StandardCharsets.UTF_8);
    }

    public void install(Javalin app) {
        app.before(this::checkHost);
        if (token != null) {
            app.before(this::checkToken);
        }
    }

    private void checkHost(Context ctx) {
        String host = ctx.header("Host");
        String name = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        if (!hostNames.contains(name)) {
            throw new ApiException(403, "this server answers only to " + publicName + (publicName.equals("127.0.0.1") ? " or localhost" : "")
                + ", not '" + JobForm.printable(host) + "'");
        }
    }

    private void checkToken(Context ctx) {
        String query = ctx.queryParam("token");
        if (matches(query)) {
            ctx.header("Set-Cookie", COOKIE + "=" + query + "; Path=/; HttpOnly; SameSite=Strict");
            return;
        }
        String auth = ctx.header("Authorization");
        if (matches(ctx.cookie(COOKIE)) || auth != null && auth.startsWith("Bearer ") && matches(auth.substring(7).trim())) {
            return;
        }
        throw new ApiException(401, "this server needs its access token: open the address it printed at start (with ?token=...),"
            + " or send the header Authorization: Bearer TOKEN");
    }

    /** Compared in constant time: the time taken says nothing about how much of a guess was right. */
    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String localName() {
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
