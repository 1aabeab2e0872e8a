package no.samspill.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file, already on disk and within the limit. It exists only while the receiver runs: read it there,
 * not later in {@code ui.access}.
 */
public record ReceivedFile(String fileName, Path path, long size) {

    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** The whole content, for a service that stores it; its size is bounded by the upload's limit. */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
