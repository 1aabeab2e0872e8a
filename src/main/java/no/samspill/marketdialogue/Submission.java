package no.samspill.marketdialogue;

/**
 * The outcome of submitting a response. {@code repeat} says it was already submitted (a double click, or a colleague
 * a moment before): the submission stands as it was, and nothing was recorded again.
 */
public record Submission(ResponseForm form, boolean repeat) {
}
