package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import no.samspill.knowledgebase.CaseContent;
import no.samspill.knowledgebase.CaseKind;
import no.samspill.knowledgebase.Keyword;
import no.samspill.knowledgebase.KnowledgeRules;
import no.samspill.knowledgebase.ProcurementForm;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.TextLimits;

/**
 * A case's fields, with the domain's limits (counted, never cut) and each refusal shown under its field. The
 * procurement form may be left empty: it is then read from the original text.
 */
final class CaseForm extends FormLayout {

    private final TextField region = text("kb.field.region", KnowledgeRules.REGION_MAX, "kb-region");
    private final TextField code = text("kb.field.code", KnowledgeRules.CODE_MAX, "kb-code");
    private final TextField title = text("kb.field.title", KnowledgeRules.TITLE_MAX, "kb-title");
    private final TextField area = text("kb.field.area", KnowledgeRules.AREA_MAX, "kb-area");
    private final Select<CaseKind> kind = new Select<>();
    private final IntegerField year = new IntegerField(getTranslation("kb.field.year"));
    private final CheckboxGroup<Keyword> keywords = new CheckboxGroup<>(getTranslation("kb.field.keywords"));
    private final TextArea procurementText = area("kb.field.procurement-text", "kb-procurement-text");
    private final Select<ProcurementForm> form = new Select<>();
    private final TextArea companies = area("kb.field.companies", "kb-companies");
    private final TextArea description = area("kb.field.description", "kb-description");
    private final TextArea valueElements = area("kb.field.value-elements", "kb-value-elements");
    private final TextArea challenges = area("kb.field.challenges", "kb-challenges");
    private final TextArea results = area("kb.field.results", "kb-results");
    private final FieldErrors errors = new FieldErrors();

    CaseForm() {
        kind.setLabel(getTranslation("kb.field.kind"));
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(CaseKind.INNOVATIVE_PROCUREMENT);
        kind.setId("kb-kind");
        year.setId("kb-year");
        year.setMin(KnowledgeRules.YEAR_MIN);
        year.setMax(KnowledgeRules.YEAR_MAX);
        keywords.setItems(Keyword.values());
        keywords.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        keywords.setId("kb-keywords");
        form.setLabel(getTranslation("kb.field.form"));
        form.setItems(ProcurementForm.values());
        form.setEmptySelectionAllowed(true);
        form.setEmptySelectionCaption(getTranslation("kb.form.from-text"));
        form.setItemLabelGenerator(f -> f == null ? getTranslation("kb.form.from-text") : getTranslation(f.labelKey()));
        form.setId("kb-form");
        companies.setHelperText(getTranslation("kb.field.companies.help"));
        add(region, code, title, area, kind, year);
        add(keywords, 2);
        add(procurementText, form, companies);
        add(description, 2);
        add(valueElements, 2);
        add(challenges, 2);
        add(results, 2);
        errors.bind(region, "kb.error.region").bind(code, "kb.error.code").bind(title, "kb.error.title")
                .bind(area, "kb.error.area").bind(year, "kb.error.year").bind(companies, "kb.error.companies")
                .bind(description, "kb.error.description").bind(valueElements, "kb.error.value-elements")
                .bind(procurementText, "kb.error.procurement-text").bind(challenges, "kb.error.challenges")
                .bind(results, "kb.error.results");
    }

    FieldErrors errors() {
        return errors;
    }

    void fill(CaseContent c) {
        region.setValue(c.region());
        code.setValue(c.code());
        title.setValue(c.title());
        area.setValue(c.area());
        kind.setValue(c.kind());
        year.setValue(c.year());
        keywords.setValue(c.keywords());
        procurementText.setValue(c.procurementText());
        form.setValue(c.form());
        companies.setValue(String.join("\n", c.companies()));
        description.setValue(c.shortDescription());
        valueElements.setValue(c.valueElements());
        challenges.setValue(c.challenges());
        results.setValue(c.results());
    }

    CaseContent content() {
        List<String> names = Arrays.stream(companies.getValue().split("\n")).map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
        return new CaseContent(region.getValue(), code.getValue(), title.getValue(), area.getValue(),
                description.getValue(), valueElements.getValue(), keywords.getValue(), procurementText.getValue(),
                form.getValue(), names, challenges.getValue(), results.getValue(), year.getValue(),
                kind.getValue() == null ? CaseKind.INNOVATIVE_PROCUREMENT : kind.getValue());
    }

    private TextField text(String labelKey, int max, String id) {
        TextField f = new TextField(getTranslation(labelKey));
        TextLimits.apply(f, max);
        f.setId(id);
        f.setWidthFull();
        return f;
    }

    private TextArea area(String labelKey, String id) {
        TextArea a = new TextArea(getTranslation(labelKey));
        TextLimits.apply(a, KnowledgeRules.TEXT_MAX);
        a.setId(id);
        a.setWidthFull();
        return a;
    }
}
