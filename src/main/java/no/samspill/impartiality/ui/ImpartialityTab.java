package no.samspill.impartiality.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import no.samspill.impartiality.ImpartialityRoutes;
import no.samspill.procurement.ProjectSummary;
import no.samspill.procurement.ProjectTab;

/**
 * The project page's "Impartiality" tab: the way to one's own declaration and to the register. It reads nothing:
 * the pages behind the links check who may open them.
 */
@org.springframework.stereotype.Component
class ImpartialityTab implements ProjectTab {

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String labelKey() {
        return "impartiality.tab";
    }

    @Override
    public Optional<Component> create(ProjectSummary project) {
        UI ui = UI.getCurrent();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Anchor mine = new Anchor(ImpartialityRoutes.declaration(project.id()),
                ui.getTranslation("impartiality.tab.declaration"));
        mine.setId("my-declaration");
        Anchor register = new Anchor(ImpartialityRoutes.register(project.id()),
                ui.getTranslation("impartiality.tab.register"));
        register.setId("impartiality-register");
        content.add(new Paragraph(ui.getTranslation("impartiality.tab.intro")), mine, register);
        return Optional.of(content);
    }
}
