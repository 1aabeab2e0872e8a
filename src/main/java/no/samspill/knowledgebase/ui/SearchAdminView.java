package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.knowledgebase.KnowledgeRoutes;
import no.samspill.knowledgebase.SearchAdminService;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.TextLimits;

/** The platform admin's search settings: the synonym list, and a rebuild of the index. */
@Route(KnowledgeRoutes.ADMIN)
@Menu(title = "nav.knowledge-admin", order = 93, icon = "vaadin:search")
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
class SearchAdminView extends VerticalLayout implements HasDynamicTitle {

    SearchAdminView(SearchAdminService admin) {
        add(new H1(getTranslation("kb.admin.title")), new Paragraph(getTranslation("kb.admin.intro")));
        TextArea synonyms = new TextArea(getTranslation("kb.admin.synonyms"));
        synonyms.setHelperText(getTranslation("kb.admin.synonyms.help"));
        synonyms.setValue(admin.synonyms());
        synonyms.setWidthFull();
        TextLimits.apply(synonyms, 250_000);
        synonyms.setId("kb-synonyms");
        FieldErrors errors = new FieldErrors().bind(synonyms, "kb.synonyms.error.");
        Button save = new Button(getTranslation("kb.admin.save"), e -> {
            if (errors.run(() -> admin.saveSynonyms(synonyms.getValue()))) {
                Notify.success("kb.admin.saved");
            }
        });
        save.setId("kb-save-synonyms");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rebuild = new Button(getTranslation("kb.admin.rebuild"),
                e -> Notify.success("kb.admin.rebuilt", admin.rebuildIndex()));
        rebuild.setId("kb-rebuild");
        add(synonyms, new HorizontalLayout(save, rebuild));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("kb.admin.title");
    }
}
