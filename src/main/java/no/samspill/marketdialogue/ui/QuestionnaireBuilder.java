package no.samspill.marketdialogue.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueStatus;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.QuestionView;
import no.samspill.marketdialogue.QuestionnaireService;
import no.samspill.marketdialogue.SectionView;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.Phrases;

/** Sections and numbered questions: add, edit, move and delete; after publication every change is announced. */
class QuestionnaireBuilder extends VerticalLayout {

    private final QuestionnaireService questionnaire;
    private final Runnable reload;

    QuestionnaireBuilder(DialogueService dialogues, QuestionnaireService questionnaire, DialogueSummary d,
            Runnable reload) {
        this.questionnaire = questionnaire;
        this.reload = reload;
        setPadding(false);
        if (d.status() == DialogueStatus.PUBLISHED) {
            Paragraph notice = new Paragraph(getTranslation("question.published-notice", d.questionnaireVersion()));
            notice.addClassName("samspill-notice");
            add(notice);
        }
        List<SectionView> sections = dialogues.questionnaire(d.id());
        if (sections.isEmpty()) {
            add(new Paragraph(getTranslation("question.empty")));
        }
        sections.forEach(this::section);
        TextField sectionTitle = new TextField();
        sectionTitle.setPlaceholder(getTranslation("question.section-title"));
        sectionTitle.setAriaLabel(getTranslation("question.section-title"));
        TextLimits.apply(sectionTitle, DialogueRules.SECTION_TITLE_MAX);
        sectionTitle.setWidth("24rem");
        FieldErrors errors = new FieldErrors().bind(sectionTitle, "question.error.section-title");
        Button addSection = new Button(getTranslation("question.add-section"), VaadinIcon.PLUS.create(),
                e -> errors.run(() -> {
                    questionnaire.addSection(d.id(), sectionTitle.getValue());
                    reload.run();
                }));
        addSection.setId("add-section");
        add(new HorizontalLayout(sectionTitle, addSection));
    }

    private void section(SectionView s) {
        H2 heading = new H2(s.number() + ". " + s.title());
        heading.addClassName("samspill-section-title");
        add(heading);
        for (QuestionView q : s.questions()) {
            add(questionRow(q));
        }
        Button add = new Button(getTranslation("question.add"), VaadinIcon.PLUS.create(),
                e -> new QuestionDialog(null, form -> questionnaire.addQuestion(s.id(), form), reload).open());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-question-" + s.number());
        add(add);
    }

    private HorizontalLayout questionRow(QuestionView q) {
        Span number = new Span(q.number());
        number.addClassName("samspill-question-number");
        Div text = new Div(new Span(q.text()));
        Span meta = new Span(Phrases.facts(getTranslation(q.type().labelKey()),
                q.required() ? getTranslation("question.required") : ""));
        meta.addClassName("samspill-muted");
        text.add(new Div(meta));
        Button up = iconButton(VaadinIcon.ARROW_UP, "question.up", () -> questionnaire.moveQuestion(q.id(), -1));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "question.down", () -> questionnaire.moveQuestion(q.id(), 1));
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new QuestionDialog(q,
                form -> questionnaire.updateQuestion(q.id(), q.version(), form), reload).open());
        edit.setAriaLabel(getTranslation("question.edit", q.number()));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(q));
        delete.setAriaLabel(getTranslation("question.delete", q.number()));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(number, text, up, down, edit, delete);
        row.addClassName("samspill-question-row");
        row.setWidthFull();
        row.expand(text);
        return row;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button b = new Button(icon.create(), e -> Changes.run(action, reload));
        b.setAriaLabel(getTranslation(labelKey));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void confirmDelete(QuestionView q) {
        Confirm.delete(getTranslation("question.delete", q.number()), q.text(), () -> {
            questionnaire.deleteQuestion(q.id());
            reload.run();
        });
    }
}
