package no.samspill.marketdialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;

/**
 * The supplier's receipt for its submitted response: what was submitted, when (with the buyer's zone, in which the
 * deadline is set), and a reference both sides can quote. It names only the supplier's own tenant and its own
 * answered questions; the answers' content stays in the response.
 *
 * @param reference     short and stable for this submission: the same every time it is shown, a new one after a
 *                      reopen and a new submission
 * @param questionCount every question of the questionnaire, answered or not
 */
public record SubmissionReceipt(String reference, long dialogueId, String dialogueTitle, String buyerName,
        String supplierName, Instant submittedAt, ZoneId zone, List<Answered> answered, int questionCount) {

    public SubmissionReceipt {
        answered = List.copyOf(answered);
    }

    /**
     * "3. desember 2026 kl. 11:30 (Europe/Oslo, sentraleuropeisk tid)": the zone named, for readers elsewhere, the
     * same on the answer page, in the PDF and in the mail.
     */
    public static String timeInZone(Instant at, ZoneId zone, Translator t) {
        return t.text("receipt.time-in-zone", Formats.longDateTime(at, zone, t.locale()), zone.getId(),
                zone.getDisplayName(TextStyle.FULL, t.locale()));
    }

    /** A question the response answers, by its number and text. */
    public record Answered(String number, String text) {
    }
}
