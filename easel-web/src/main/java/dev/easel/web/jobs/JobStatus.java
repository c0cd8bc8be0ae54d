package dev.easel.web.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A job as the API reports it (JSON).
 *
 * @param state          queued, running, done, failed or cancelled
 * @param stage          what runs now, e.g. "192x144" for a Gatys level
 * @param percent        estimated share of the work done, 0..100
 * @param etaSeconds     estimated seconds left, when known
 * @param queuePosition  jobs ahead of this one (0: next), while queued
 * @param elapsedSeconds seconds since it started running
 * @param previewVersion increases with each new preview image (GET .../preview)
 * @param width          result width, once done
 * @param height         result height, once done
 * @param error          why it failed, for a failed job
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobStatus(String id, String state, String method, List<String> styles, String stage, double percent,
                        Double etaSeconds, Integer queuePosition, double elapsedSeconds, int previewVersion,
                        Integer width, Integer height, String error, String created, Links links) {

    /** Where to find the job's parts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String self, String events, String preview, String result, String photo) {
        static Links of(String id, JobState state, int previewVersion) {
            String self = "/api/jobs/" + id;
            boolean done = state == JobState.DONE;
            return new Links(self, self + "/events", state == JobState.RUNNING && previewVersion > 0 ? self + "/preview" : null,
                done ? self + "/result" : null, done ? self + "/photo" : null);
        }
    }

    public boolean finished() {
        return state.equals("done") || state.equals("failed") || state.equals("cancelled");
    }
}
