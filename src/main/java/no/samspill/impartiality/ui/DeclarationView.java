package no.samspill.impartiality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import no.samspill.impartiality.AnswerInput;
import no.samspill.impartiality.DeclarationForm;
import no.samspill.impartiality.DeclarationInput;
import no.samspill.impartiality.DeclarationService;
import no.samspill.impartiality.ImpartialityRoutes;
import no.samspill.impartiality.SupplierAnswer;
import no.samspill.impartiality.TemplatePart;
import no.samspill.platform.security.Role;
import no.samspill.platform.text.Formats;
import no.samspill.platform.time.TenantTime;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.Notify;
import no.samspill.procurement.ProjectRoutes;

/**
 * The logged-in user's impartiality declaration for a project: the template's questions per supplier taking part in
 * the project's market dialogues (or "no ties with any of them"), the confidentiality undertaking, free text, and
 * signing after a confirmation step. Buyer side only.
 */
@Route(ImpartialityRoutes.DECLARATION)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class DeclarationView extends DetailView {

    private final DeclarationService declarations;
    private final TenantTime time;
    private final List<SupplierRow> rows = new ArrayList<>();
    private final Checkbox noTies = new Checkbox();
    private final Checkbox confidentiality = new Checkbox();
    private final TextArea freeText = new TextArea();
    private long projectId;

    DeclarationView(DeclarationService declarations, TenantTime time) {
        super(ProjectRoutes.PROJECT_ID);
        this.declarations = declarations;
        this.time = time;
        addClassName("samspill-declaration");
        setMaxWidth("60rem");
    }

    @Override
    protected void open(long id) {
        projectId = id;
        show(declarations.form(id, getLocale()));
    }

    private void show(DeclarationForm form) {
        removeAll();
        rows.clear();
        title(getTranslation("impartiality.declaration.title", form.reference()));
        add(new H1(getTranslation("impartiality.declaration.title", form.reference())),
                new Paragraph(form.projectTitle()));
        Span status = new Span(getTranslation(form.status().labelKey()));
        status.setId("declaration-status");
        status.getElement().getThemeList().add("badge");
        add(status);
        if (form.signedAt() != null) {
            add(new Paragraph(getTranslation("impartiality.declaration.signed-at",
                    Formats.dateTimeZoned(form.signedAt(), time.zone(), getLocale()),
                    form.signedTemplateNumber() == null ? "" : form.signedTemplateNumber())));
        }
        if (form.decision() != null) {
            add(new Paragraph(getTranslation("impartiality.declaration.decision",
                    getTranslation(form.decision().labelKey()))));
        }
        add(new Anchor(ProjectRoutes.project(form.projectId()), getTranslation("impartiality.declaration.back")));
        if (!form.registerOpen()) {
            add(new Paragraph(getTranslation("impartiality.declaration.no-register")));
            return;
        }
        add(new Paragraph(getTranslation("impartiality.declaration.template", form.template().number())),
                new Paragraph(form.template().text(TemplatePart.INTRO)));
        add(new H2(getTranslation("impartiality.declaration.suppliers")));
        noTies.setLabel(getTranslation("impartiality.declaration.no-ties"));
        noTies.setId("no-ties");
        noTies.setValue(form.noTies());
        add(noTies);
        if (form.suppliers().isEmpty()) {
            add(new Paragraph(getTranslation("impartiality.declaration.no-suppliers")));
        }
        for (SupplierAnswer s : form.suppliers()) {
            SupplierRow row = new SupplierRow(s, form.template());
            rows.add(row);
            add(row);
        }
        noTies.addValueChangeListener(e -> rows.forEach(r -> r.setVisible(!e.getValue())));
        rows.forEach(r -> r.setVisible(!noTies.getValue()));
        add(new H2(getTranslation("impartiality.declaration.confidentiality")),
                new Paragraph(form.template().text(TemplatePart.CONFIDENTIALITY)));
        confidentiality.setLabel(getTranslation("impartiality.declaration.accept"));
        confidentiality.setId("confidentiality");
        freeText.setLabel(getTranslation("impartiality.declaration.free-text"));
        freeText.setId("free-text");
        freeText.setWidthFull();
        freeText.setValue(form.freeText() == null ? "" : form.freeText());
        Button sign = new Button(getTranslation("impartiality.declaration.sign"), e -> confirm(form));
        sign.setId("sign-declaration");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(confidentiality, freeText, sign);
    }

    /** The confirmation step: the user reads whose declaration it is and for which project, then signs. */
    private void confirm(DeclarationForm form) {
        Confirm.action(getTranslation("impartiality.declaration.confirm-title"),
                getTranslation("impartiality.declaration.confirm-text", form.declarantName(), form.reference()),
                getTranslation("impartiality.declaration.sign"), () -> {
                    show(declarations.sign(projectId, input(form, true), getLocale()));
                    Notify.success("impartiality.declaration.signed");
                });
    }

    DeclarationInput input(DeclarationForm form, boolean confirmed) {
        List<AnswerInput> answers = new ArrayList<>();
        if (!noTies.getValue()) {
            rows.forEach(r -> r.input().ifPresent(answers::add));
        }
        return new DeclarationInput(form.declarantUserId(), form.template().id(), confidentiality.getValue(),
                noTies.getValue(), answers, freeText.getValue(), confirmed);
    }
}
