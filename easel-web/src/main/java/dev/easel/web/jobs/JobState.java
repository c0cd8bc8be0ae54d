package dev.easel.web.jobs;

import java.util.Locale;

/** Where a job is in its life. The last three are final. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    /** The name used in the API: lower case. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
