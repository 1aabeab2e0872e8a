package no.samspill.steeringgroup;

import java.time.Instant;

/** An archived package as the meeting page lists it (without its bytes). */
public record PackageRow(long id, int number, Instant generatedAt, String generatedBy, String sha256,
        long sizeBytes) {
}
