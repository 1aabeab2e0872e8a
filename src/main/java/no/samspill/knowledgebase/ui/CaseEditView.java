package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.knowledgebase.CaseDetails;
import no.samspill.knowledgebase.KnowledgeRoutes;
import no.samspill.knowledgebase.KnowledgeService;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.PageTitles;

/** A new case, saved as a draft of the user's tenant. */
@Route(KnowledgeRoutes.NEW)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME})
class CaseEditView extends VerticalLayout implements HasDynamicTitle {

    CaseEditView(KnowledgeService knowledge) {
        add(new H1(getTranslation("kb.edit.new")));
        CaseForm form = new CaseForm();
        add(form, buttons(() -> form.errors().run(() -> {
            CaseDetails saved = knowledge.create(form.content());
            getUI().ifPresent(ui -> ui.navigate(KnowledgeRoutes.caseOf(saved.id())));
        }), this));
    }

    static HorizontalLayout buttons(Runnable save, VerticalLayout view) {
        Button ok = new Button(view.getTranslation("kb.edit.save"), e -> save.run());
        ok.setId("kb-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(view.getTranslation("common.cancel"),
                e -> view.getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        return new HorizontalLayout(ok, cancel);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("kb.edit.new");
    }
}
