package no.samspill.steeringgroup;

/** An attachment's bytes for download, with the name and type it was stored with. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
