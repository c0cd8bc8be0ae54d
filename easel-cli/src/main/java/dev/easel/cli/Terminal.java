package dev.easel.cli;

/** Whether progress goes to a person at a terminal (a redrawn bar) or to a log (plain lines). */
final class Terminal {
    /** Set by the launcher: "1" when stderr is a terminal, "0" when it is redirected. */
    static final String STDERR_TTY = "EASEL_STDERR_TTY";

    private Terminal() {
    }

    static boolean interactive() {
        String tty = System.getenv(STDERR_TTY);
        if (tty != null) {
            return tty.equals("1");
        }
        // Without the launcher: the JVM knows only whether stdin and stdout are a console.
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
