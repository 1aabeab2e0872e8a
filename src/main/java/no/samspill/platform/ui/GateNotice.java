package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.samspill.platform.security.DeclarationRequiredException;

/**
 * The impartiality gate's refusal where it is met inside a page (a tab, a section): why, and the link to the
 * declaration, as the gate page says it. Without the link a person would not know where to declare.
 */
public final class GateNotice {

    private GateNotice() {
    }

    public static Div of(DeclarationRequiredException refusal) {
        Div notice = of(refusal, UI.getCurrent().getTranslation(refusal.messageKey()));
        notice.setId("gate-notice");
        notice.getChildren().skip(1).findFirst().ifPresent(link -> link.setId("gate-link"));
        return notice;
    }

    /** With the page's own words for what stays shut (which project on an agenda). */
    public static Div of(DeclarationRequiredException refusal, String text) {
        Anchor link = new Anchor(refusal.link(), UI.getCurrent().getTranslation(refusal.linkKey()));
        link.addClassName("samspill-gate-link");
        Div notice = new Div(new Paragraph(text), link);
        notice.addClassName("samspill-gate-notice");
        return notice;
    }
}
