package no.samspill.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.stream.Collectors;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.tenancy.UnitSummary;

/** The project's facts, and for leads: edit, and move to the next phase. */
class OverviewTab extends VerticalLayout {

    OverviewTab(ProjectService projects, ProjectSummary p, Runnable onChanged) {
        setPadding(false);
        Div facts = new Div();
        facts.addClassName("samspill-facts");
        fact(facts, "project.category", getTranslation(p.category().labelKey()));
        fact(facts, "project.lead", p.leadName() == null ? getTranslation("project.no-lead") : p.leadName());
        fact(facts, "project.units", p.units().isEmpty() ? getTranslation("project.no-units")
                : p.units().stream().map(UnitSummary::name).collect(Collectors.joining(", ")));
        fact(facts, "project.value", p.estimatedValue() == null ? getTranslation("project.no-value")
                : NumberFormat.getNumberInstance(getLocale()).format(p.estimatedValue()) + " " + p.currency());
        Paragraph description = new Paragraph(p.description().isEmpty() ? getTranslation("project.no-description")
                : p.description());
        description.addClassName("samspill-prewrap");
        add(facts, description);
        if (projects.canEdit()) {
            Button edit = new Button(getTranslation("project.edit"), VaadinIcon.EDIT.create(),
                    e -> new ProjectDialog(projects, p, saved -> onChanged.run()).open());
            edit.setId("edit-project");
            HorizontalLayout actions = new HorizontalLayout(edit);
            p.phase().next().ifPresent(next -> {
                Button advance = new Button(getTranslation("project.advance", getTranslation(next.labelKey())),
                        VaadinIcon.ARROW_RIGHT.create(), e -> new AdvancePhaseDialog(projects, p, next, onChanged).open());
                advance.setId("advance-phase");
                advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(advance);
            });
            add(actions);
        }
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("samspill-fact-label");
        Span text = new Span(value);
        text.addClassName("samspill-fact-value");
        facts.add(label, text);
    }
}
