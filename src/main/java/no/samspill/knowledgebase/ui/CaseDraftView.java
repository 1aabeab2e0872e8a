package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.knowledgebase.CaseDetails;
import no.samspill.knowledgebase.KnowledgeRoutes;
import no.samspill.knowledgebase.KnowledgeService;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Routes;

/** A draft of the user's tenant; any other case is "not found" (the service decides). */
@Route(KnowledgeRoutes.EDIT)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME})
class CaseDraftView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeService knowledge;
    private String title = "";

    CaseDraftView(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseDetails c = knowledge.caseOf(Routes.id(event, KnowledgeRoutes.CASE_ID));
        if (!c.editable()) {
            throw new NotFoundException();
        }
        removeAll();
        title = c.content().code() + " " + c.content().title();
        add(new H1(getTranslation("kb.edit.title", title)));
        CaseForm form = new CaseForm();
        form.fill(c.content());
        add(form, CaseEditView.buttons(() -> form.errors().run(() -> {
            knowledge.update(c.id(), c.version(), form.content());
            getUI().ifPresent(ui -> ui.navigate(KnowledgeRoutes.caseOf(c.id())));
        }), this));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
