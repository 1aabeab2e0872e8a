package no.samspill.impartiality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.impartiality.TemplatePart;
import no.samspill.impartiality.TemplateService;
import no.samspill.impartiality.TemplateView;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.BuyerOnly;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.TextLimits;

/**
 * The tenant admin's declaration templates: every version the tenant may use (the shipped one of its country and its
 * own), each readable as it was; and a new version made by adapting the texts in nb, da and en. Declarations already
 * signed keep the version they were signed on; the newest version is used from the next signature on.
 */
@Route("impartiality/templates")
@Menu(title = "nav.impartiality-templates", order = 87, icon = "vaadin:file-text-o")
@RolesAllowed(Role.TENANT_ADMIN_NAME)
@BuyerOnly
class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final TemplateService templates;
    private final Map<String, Map<TemplatePart, TextArea>> editors = new LinkedHashMap<>();
    private final VerticalLayout reading = new VerticalLayout();
    private final FieldErrors errors = new FieldErrors();
    private final Grid<TemplateView> versions = new Grid<>();

    TemplatesView(TemplateService templates) {
        this.templates = templates;
        setMaxWidth("70rem");
        add(new H1(getTranslation("impartiality.templates.title")),
                new Paragraph(getTranslation("impartiality.templates.intro")));
        versions.setId("template-versions");
        versions.setAllRowsVisible(true);
        versions.addColumn(TemplateView::number).setHeader(getTranslation("impartiality.register.template"))
                .setAutoWidth(true);
        versions.addColumn(v -> getTranslation("country." + v.country()))
                .setHeader(getTranslation("impartiality.templates.country")).setAutoWidth(true);
        versions.addColumn(v -> getTranslation(v.shipped() ? "impartiality.templates.shipped"
                : "impartiality.templates.own")).setHeader(getTranslation("impartiality.templates.origin"))
                .setFlexGrow(1);
        versions.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                read(e.getValue());
            }
        });
        reading.setPadding(false);
        reading.setId("template-reading");
        add(new H2(getTranslation("impartiality.templates.versions")), versions, reading,
                new H2(getTranslation("impartiality.templates.new")),
                new Paragraph(getTranslation("impartiality.templates.new-help")), editor());
        Button save = new Button(getTranslation("impartiality.templates.save"), e -> Confirm.action(
                getTranslation("impartiality.templates.save"), getTranslation("impartiality.templates.save-text"),
                getTranslation("impartiality.templates.save"), this::save));
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
        refresh();
    }

    private TabSheet editor() {
        TabSheet tabs = new TabSheet();
        tabs.setId("template-editor");
        tabs.setWidthFull();
        for (String language : TemplateService.LANGUAGES) {
            VerticalLayout parts = new VerticalLayout();
            parts.setPadding(false);
            Map<TemplatePart, TextArea> fields = new EnumMap<>(TemplatePart.class);
            for (TemplatePart part : TemplatePart.values()) {
                TextArea text = new TextArea(getTranslation("impartiality.part." + part.name()));
                text.setId("template-" + language + "-" + part.name());
                text.setWidthFull();
                TextLimits.apply(text, TemplateService.TEXT_MAX);
                errors.bindName(text, language + "." + part.name(), "impartiality.template.error.field");
                fields.put(part, text);
                parts.add(text);
            }
            editors.put(language, fields);
            tabs.add(getTranslation("language." + language), parts);
        }
        return tabs;
    }

    /** The versions, newest first, and the editor filled with the newest one's texts: a change starts from them. */
    private void refresh() {
        List<TemplateView> all = templates.versions(getLocale());
        versions.setItems(all);
        if (!all.isEmpty()) {
            Map<String, Map<TemplatePart, String>> texts = templates.texts(all.getFirst().id());
            editors.forEach((language, fields) -> fields.forEach((part, field) ->
                    field.setValue(texts.getOrDefault(language, Map.of()).getOrDefault(part, ""))));
            versions.select(all.getFirst());
        }
    }

    /** A version as it was, in the reader's language. */
    private void read(TemplateView v) {
        reading.removeAll();
        reading.add(new Paragraph(getTranslation("impartiality.declaration.template", v.number())));
        for (TemplatePart part : TemplatePart.values()) {
            Paragraph p = new Paragraph(getTranslation("impartiality.part." + part.name()) + ": " + v.text(part));
            p.addClassName("samspill-prewrap");
            reading.add(p);
        }
    }

    private void save() {
        Map<String, Map<TemplatePart, String>> texts = new LinkedHashMap<>();
        editors.forEach((language, fields) -> {
            Map<TemplatePart, String> parts = new EnumMap<>(TemplatePart.class);
            fields.forEach((part, field) -> parts.put(part, field.getValue()));
            texts.put(language, parts);
        });
        if (errors.run(() -> templates.newVersion(texts, getLocale()))) {
            Notify.success("impartiality.templates.saved");
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("impartiality.templates.title");
    }
}
