package no.samspill.steeringgroup.domain;

/** A package's meeting and whether it held an exempt paper, read without its bytes. */
public record PackageMeta(long meetingId, boolean containsExempt) {
}
