package no.samspill.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A file whose rows a service read in its transaction, ready to be written after it: writing touches no database,
 * so no connection is held while a slow client downloads. A service returns one from a
 * {@code @Transactional(readOnly = true)} method; the view's download writes it.
 */
@FunctionalInterface
public interface PreparedFile {

    void writeTo(OutputStream out) throws IOException;

    /** A file already made, e.g. a PDF the engine filled or an archived package. */
    static PreparedFile of(byte[] content) {
        return out -> out.write(content);
    }

    /** The whole file in memory, for a test or a caller that stores it. */
    default byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
