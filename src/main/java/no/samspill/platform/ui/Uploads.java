package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.Command;
import java.io.IOException;
import java.io.Serializable;
import no.samspill.platform.files.LimitedUpload;
import no.samspill.platform.files.ReceivedFile;

/**
 * The portal's upload component: one file, in the reader's language, limited in the browser (which can be
 * bypassed) and on the server by {@link LimitedUpload} (which cannot). A refusal, from the limit or from the
 * service the file goes to, is shown as a notification and in the upload's file list.
 */
public final class Uploads {

    /** Reads the file in the upload's request and returns what the view then shows, run with the UI locked. */
    @FunctionalInterface
    public interface Taker extends Serializable {
        Command take(ReceivedFile file) throws IOException;
    }

    private Uploads() {
    }

    public static Upload single(long maxBytes, Taker taker, String... acceptedFileTypes) {
        UI ui = UI.getCurrent();
        LimitedUpload handler = new LimitedUpload(maxBytes, file -> ui.access(taker.take(file)), reason -> {
            ui.access(() -> Notify.error(reason));
            return ui.getTranslation(reason.messageKey(), reason.args());
        });
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        UploadTexts.translate(upload);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(acceptedFileTypes);
        return upload;
    }
}
