package no.samspill.steeringgroup.domain;

/** An attachment's owner, name and type, read without its bytes. */
public record AttachmentMeta(long paperId, String fileName, String contentType) {
}
