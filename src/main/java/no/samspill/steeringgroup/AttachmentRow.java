package no.samspill.steeringgroup;

/** An attachment of a case paper, as listed (without its bytes). */
public record AttachmentRow(long id, String fileName, long sizeBytes) {
}
