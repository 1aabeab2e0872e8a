/**
 * The audit trail: stores every AuditEvent in the publishing transaction and lets a tenant admin search and export
 * the tenant's entries. Entries cannot be changed or deleted. Uses only the platform module.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package no.samspill.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
