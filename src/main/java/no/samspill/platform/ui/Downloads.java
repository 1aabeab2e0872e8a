package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.Translator;

/**
 * Download links whose file is made when clicked, in the language of the page that offered it. The service call
 * that reads the rows ends its transaction before the file is written to the client.
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";
    public static final String CSV = "text/csv; charset=UTF-8";

    /** Reads what the file holds (in a service's transaction) and returns it, ready to be written. */
    @FunctionalInterface
    public interface Preparer extends Serializable {
        PreparedFile prepare(Translator translator) throws IOException;
    }

    /** A stored file, whose name and type are known only once it is read. */
    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    /** Reads a stored file when its link is clicked. */
    @FunctionalInterface
    public interface Loader extends Serializable {
        StoredFile load();
    }

    private Downloads() {
    }

    /** The current page's language and texts, for a file made outside the page's request. */
    public static Translator translator() {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        return Translator.of(locale, ui::getTranslation);
    }

    /**
     * A link to a file made when clicked.
     *
     * @param id       the anchor's id, or "" for none
     * @param label    the link's (translated) text
     * @param fileName the name the browser saves it under
     */
    public static Anchor link(String id, String label, VaadinIcon icon, String fileName, String contentType,
            Preparer preparer) {
        Translator translator = translator();
        DownloadHandler handler = event -> {
            PreparedFile file = preparer.prepare(translator);
            event.setFileName(fileName);
            event.setContentType(contentType);
            file.writeTo(event.getOutputStream());
        };
        return anchor(id, label, icon, handler);
    }

    /** A link to a stored file (an attachment, an upload), read when clicked. */
    public static Anchor stored(String label, VaadinIcon icon, Loader loader) {
        DownloadHandler handler = event -> {
            StoredFile file = loader.load();
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.getOutputStream().write(file.content());
        };
        return anchor("", label, icon, handler);
    }

    private static Anchor anchor(String id, String label, VaadinIcon icon, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, label);
        if (!id.isEmpty()) {
            anchor.setId(id);
        }
        anchor.addComponentAsFirst(icon.create());
        anchor.addClassName("samspill-download");
        return anchor;
    }
}
