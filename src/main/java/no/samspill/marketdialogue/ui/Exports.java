package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Function;

/** Download links whose file is made when clicked, in the language of the page that offered it. */
final class Exports {

    private Exports() {
    }

    interface Writer {
        void write(Locale locale, Function<String, String> translate, OutputStream out) throws IOException;
    }

    static Anchor link(String id, String labelKey, String fileName, String contentType, Writer writer) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Function<String, String> translate = key -> ui.getTranslation(locale, key);
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            writer.write(locale, translate, event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, ui.getTranslation(labelKey));
        anchor.setId(id);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        anchor.addClassName("samspill-download");
        return anchor;
    }
}
