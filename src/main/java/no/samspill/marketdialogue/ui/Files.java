package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import no.samspill.marketdialogue.FileDownload;
import no.samspill.marketdialogue.FileRef;
import no.samspill.platform.files.UploadRules;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Uploads;

/** Download links and upload components for dialogue files, with the same limits the service enforces. */
final class Files {

    private Files() {
    }

    static Anchor link(FileRef file, Supplier<FileDownload> download) {
        return Downloads.stored(file.fileName() + " (" + Formats.fileSize(file.sizeBytes(),
                UI.getCurrent().getLocale()) + ")", VaadinIcon.PAPERCLIP, () -> {
                    FileDownload f = download.get();
                    return new Downloads.StoredFile(f.fileName(), f.contentType(), f.content());
                });
    }

    /**
     * An upload that hands the file to the service; a refusal (size, type, name) is told in the user's language.
     * The browser checks size and type first, the service checks again, since the browser can be bypassed.
     */
    static Upload upload(long maxBytes, BiConsumer<String, byte[]> store, Runnable onStored) {
        Upload upload = Uploads.single(maxBytes, file -> {
            store.accept(file.fileName(), file.bytes());
            return onStored::run;
        }, UploadRules.EXTENSIONS.stream().map(e -> "." + e).toArray(String[]::new));
        upload.addFileRejectedListener(e -> Notify.errorKey("upload.error.rejected", maxBytes / (1024 * 1024),
                String.join(", ", UploadRules.EXTENSIONS)));
        return upload;
    }
}
