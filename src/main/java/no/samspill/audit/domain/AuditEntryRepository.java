package no.samspill.audit.domain;

import org.springframework.data.repository.Repository;

/**
 * Append and read only: a plain Repository, so no save-over, delete or deleteAll exists to call by mistake.
 * Every read is bound to one tenant.
 */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    // reads go through AuditSearch, whose WHERE holds only the criteria given
}
