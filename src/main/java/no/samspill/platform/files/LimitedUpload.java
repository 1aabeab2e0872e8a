package no.samspill.platform.files;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.platform.i18n.SamspillException;
import no.samspill.platform.i18n.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one upload handler of the portal. Vaadin's upload sends the raw file, not a multipart request, so the
 * servlet's multipart limit never applies and Vaadin's in-memory handler would hold any size whole. This one
 * refuses a declared size over the limit before reading anything, copies the body to a temporary file while
 * counting (the declared size can lie, or be missing), stops reading as soon as the count passes the limit, and
 * deletes the file when the receiver is done. The handler holds one buffer, whatever is sent.
 */
public final class LimitedUpload implements UploadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LimitedUpload.class);
    private static final int BUFFER = 8192;

    /** Takes the file in the upload's request; the file is deleted when this returns. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void receive(ReceivedFile file) throws IOException;
    }

    /** Tells the user why the file was refused and returns the text for the upload's file list. */
    @FunctionalInterface
    public interface Refusal extends Serializable {
        String refused(SamspillException reason);
    }

    private final long maxBytes;
    private final Receiver receiver;
    private final Refusal refusal;

    public LimitedUpload(long maxBytes, Receiver receiver, Refusal refusal) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.refusal = refusal;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject(refusal.refused(tooLarge()));
            return;
        }
        Path temp = Files.createTempFile("samspill-upload-", ".part");
        try {
            long size = copy(event.getInputStream(), temp);
            receiver.receive(new ReceivedFile(event.getFileName(), temp, size));
        } catch (SamspillException e) {
            event.reject(refusal.refused(e));
        } catch (RuntimeException e) {
            // the upload runs outside the UI's error handler: without this the user would see nothing
            LOG.error("Upload of {} failed", event.getFileName(), e);
            event.reject(refusal.refused(new ValidationException("error.unexpected")));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Only a multipart request is checked against these by Vaadin; they keep it to one file within the limit. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private long copy(InputStream body, Path target) throws IOException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = body; OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private ValidationException tooLarge() {
        return new ValidationException("upload.error.size", Math.max(1, maxBytes / (1024 * 1024)));
    }
}
