package dev.easel;

/**
 * A setting outside what the library accepts: a strength above 1, a negative weight, no steps. {@link #setting()}
 * names it in the library's words and {@link #rule()} says what it must be, so a front end can put its own name
 * for the value in front: "strength must be between 0 and 1, got 2.0" reads "--strength must be ..." on the
 * command line.
 */
public final class InvalidSettingException extends EaselException {
    private final String setting;
    private final String rule;

    /**
     * @param setting the value's name in the library's words, e.g. "style weights"
     * @param rule    what it must be and what it was, e.g. "must not all be zero"
     */
    public InvalidSettingException(String setting, String rule) {
        super(setting + " " + rule);
        this.setting = setting;
        this.rule = rule;
    }

    public String setting() {
        return setting;
    }

    /** The message without the setting's name: "must be between 0 and 1, got 2.0". */
    public String rule() {
        return rule;
    }
}
