package no.samspill.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Filters of the audit log; null means "any". The time range is [from, to). */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable Instant from,
        @Nullable Instant to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);
}
