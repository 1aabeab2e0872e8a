package no.samspill.identity.ui;

import no.samspill.platform.ui.TextLimits;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import no.samspill.identity.IdentityRules;
import no.samspill.platform.i18n.Language;

/** E-mail, name and language of a person being invited, shared by the invitation dialogs. */
final class PersonFields {

    final EmailField email = new EmailField();
    final TextField name = new TextField();
    final Select<Language> language = new Select<>();

    PersonFields(Language initialLanguage) {
        email.setLabel(email.getTranslation("users.email"));
        email.setId("person-email");
        TextLimits.apply(email, IdentityRules.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        name.setLabel(name.getTranslation("users.name"));
        name.setId("person-name");
        TextLimits.apply(name, IdentityRules.DISPLAY_NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        language.setLabel(language.getTranslation("users.language"));
        language.setItems(Arrays.asList(Language.values()));
        language.setItemLabelGenerator(l -> language.getTranslation("language." + l.code()));
        language.setValue(initialLanguage);
    }
}
