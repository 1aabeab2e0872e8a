package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import no.samspill.marketdialogue.FileDownload;
import no.samspill.marketdialogue.FileRef;
import no.samspill.platform.files.UploadRules;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Uploads;

/** Download links and upload components for dialogue files, with the same limits the service enforces. */
final class Files {

    private Files() {
    }

    static Anchor link(FileRef file, Supplier<FileDownload> download) {
        DownloadHandler handler = event -> {
            FileDownload f = download.get();
            event.setFileName(f.fileName());
            event.setContentType(f.contentType());
            event.getOutputStream().write(f.content());
        };
        Anchor anchor = new Anchor(handler, file.fileName() + " (" + size(file.sizeBytes(),
                com.vaadin.flow.component.UI.getCurrent().getLocale()) + ")");
        anchor.addClassName("samspill-download");
        return anchor;
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

    /** In the reader's number format: "1,5 MB" in nb and da, "1.5 MB" in en. */
    static String size(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%d kB", Math.max(1, bytes / 1024));
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
