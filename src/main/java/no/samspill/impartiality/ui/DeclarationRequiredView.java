package no.samspill.impartiality.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import no.samspill.impartiality.ImpartialityRoutes;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.ui.PageTitles;
import no.samspill.procurement.ProjectRoutes;

/**
 * What a person meets at the gate when a page of a project's confidential material opens: why, and the way to the
 * declaration (or, when disqualified, back to the project). The service refused; this page only explains.
 */
@PermitAll
class DeclarationRequiredView extends VerticalLayout implements HasErrorParameter<DeclarationRequiredException>,
        HasDynamicTitle {

    private String title = "";

    DeclarationRequiredView() {
        addClassName("samspill-error-page");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DeclarationRequiredException> parameter) {
        DeclarationRequiredException e = parameter.getException();
        removeAll();
        title = getTranslation("impartiality.gate.title");
        add(new H1(title), new Paragraph(getTranslation(e.messageKey())));
        Anchor next = e.reason() == DeclarationRequiredException.Reason.DISQUALIFIED
                ? new Anchor(ProjectRoutes.project(e.projectId()), getTranslation("impartiality.gate.to-project"))
                : new Anchor(ImpartialityRoutes.declaration(e.projectId()), getTranslation("impartiality.gate.declare"));
        next.setId("gate-link");
        add(next);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
