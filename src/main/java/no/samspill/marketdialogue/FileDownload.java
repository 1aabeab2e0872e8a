package no.samspill.marketdialogue;

/** A file's name, type and bytes, for a download. */
public record FileDownload(String fileName, String contentType, byte[] content) {

    public FileDownload {
        content = content.clone();
    }
}
