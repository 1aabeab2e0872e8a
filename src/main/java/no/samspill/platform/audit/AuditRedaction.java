package no.samspill.platform.audit;

import java.util.List;
import java.util.Map;

/**
 * Withholds values in stored audit entries when the log is read. An entry is immutable, but whether its values may
 * be shown can change after it was written (a case paper made exempt from public disclosure later), so the module
 * that owns the object decides again at each read. Called once per page of the log with all its entries.
 */
public interface AuditRedaction {

    /** The changes to show instead, by entry id, for the entries whose values must be withheld now. */
    Map<Long, String> redact(List<Entry> entries);

    /** A stored entry as the redaction sees it. */
    record Entry(long id, String action, String entityType, String entityId, String changes) {
    }
}
