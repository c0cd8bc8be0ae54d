package dev.easel.web.methods;

import java.util.List;
import java.util.Set;

/**
 * A stylization method as the web app offers it. The only method-specific work is here: which styles it
 * paints and how its {@link dev.easel.stylize.Stylizer} is built; jobs run every method the same way.
 */
public interface WebMethod {
    MethodInfo info();

    /** The gallery styles this method paints, by exact name. */
    Set<String> styleNames();

    /**
     * Checks a request's styles before the job is queued: by default, their number, names and uploads against
     * {@link #info()} and {@link #styleNames()}.
     *
     * @throws dev.easel.web.api.ApiException 400 with a message the user can act on
     */
    default void check(List<StyleChoice> styles) {
        StyleChecks.check(info(), styleNames(), styles);
    }

    /**
     * Builds the stylizer and style inputs for one job (may load a network: runs on the worker).
     *
     * @param refine Gatys iterations per level to finish a network's picture with, at most the info's
     *               {@code maxRefine} (0 for none)
     */
    Stylization prepare(List<StyleChoice> styles, int refine);

    /** Frees cached networks when the server stops. */
    default void close() {
    }
}
