package no.samspill.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows the one-time link to hand to the invited person (e-mail delivery comes with notifications). */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(String email, String link) {
        setHeaderTitle(getTranslation("users.link.title"));
        setWidth("40rem");
        TextField url = new TextField();
        url.setId("invitation-link");
        url.setValue(link);
        url.setReadOnly(true);
        url.setWidthFull();
        url.setAriaLabel(getTranslation("users.link.title"));
        add(new Paragraph(getTranslation("users.link.intro", email)), url);
        Button ok = new Button(getTranslation("common.close"), e -> close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ok);
    }
}
