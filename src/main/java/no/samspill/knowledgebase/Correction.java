package no.samspill.knowledgebase;

import java.time.Instant;

/** A company's proposed correction of one text of a case, and what the contributing tenant decided. */
public record Correction(long id, long version, long caseId, String supplierName, Field field, String proposed,
        String reason, Status status, String proposedBy, Instant proposedAt, String decisionNote) {

    /** The texts a company may correct. */
    public enum Field {
        SHORT_DESCRIPTION, VALUE_ELEMENTS, CHALLENGES, RESULTS;

        public String labelKey() {
            return "kb.field." + switch (this) {
                case SHORT_DESCRIPTION -> "description";
                case VALUE_ELEMENTS -> "value-elements";
                case CHALLENGES -> "challenges";
                case RESULTS -> "results";
            };
        }
    }

    public enum Status {
        PROPOSED, ACCEPTED, REJECTED;

        public String labelKey() {
            return "kb.correction.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
