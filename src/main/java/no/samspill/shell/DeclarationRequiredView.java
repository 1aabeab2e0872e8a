package no.samspill.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import no.samspill.platform.security.DeclarationRequiredException;

/**
 * What a person meets at the impartiality gate when a page of a project's confidential material opens: why, and the
 * way to the declaration (or, when disqualified, back to the project), inside the menu like any other page, so the
 * person is not left on a bare page. The service refused; this page only explains. It lives in the shell because an
 * error view names its layout, and the refusal carries its own link, so the shell needs no feature.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class DeclarationRequiredView extends ErrorPage implements HasErrorParameter<DeclarationRequiredException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DeclarationRequiredException> parameter) {
        DeclarationRequiredException e = parameter.getException();
        removeAll();
        title(getTranslation("impartiality.gate.title"));
        Anchor next = new Anchor(e.link(), getTranslation(e.linkKey()));
        next.setId("gate-link");
        add(new H1(getTranslation("impartiality.gate.title")), new Paragraph(getTranslation(e.messageKey())), next);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
