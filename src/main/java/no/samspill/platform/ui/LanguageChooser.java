package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import no.samspill.platform.i18n.Language;

/** Language choice before login (login, public pages); it lasts for this browser session, also after logging in. */
public class LanguageChooser extends Select<Language> {

    public LanguageChooser() {
        setId("login-language");
        setAriaLabel(getTranslation("shell.language"));
        setItems(Arrays.asList(Language.values()));
        setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        setValue(Language.of(UI.getCurrent().getLocale()));
        addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != e.getOldValue()) {
                VaadinSession.getCurrent().setAttribute(Language.SESSION_ATTRIBUTE, e.getValue().code());
                VaadinSession.getCurrent().setLocale(e.getValue().locale());
                e.getValue().applyTo(UI.getCurrent());
                UI.getCurrent().refreshCurrentRoute(true);
            }
        });
    }
}
