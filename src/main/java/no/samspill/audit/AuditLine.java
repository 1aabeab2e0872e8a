package no.samspill.audit;

/**
 * An audit entry in the reader's words: the action, the object's type and the changes as the bundles name them,
 * beside the stored row with its codes.
 */
public record AuditLine(AuditRow row, String action, String entity, String changes) {
}
