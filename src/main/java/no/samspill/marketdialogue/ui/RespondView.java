package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.samspill.marketdialogue.AnswerInput;
import no.samspill.marketdialogue.AnswerText;
import no.samspill.marketdialogue.AnswerValue;
import no.samspill.marketdialogue.ClarificationService;
import no.samspill.marketdialogue.DialogueFileService;
import no.samspill.marketdialogue.DialogueRoutes;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.marketdialogue.FileRef;
import no.samspill.marketdialogue.MeetingService;
import no.samspill.marketdialogue.ParticipantStatus;
import no.samspill.marketdialogue.QuestionType;
import no.samspill.marketdialogue.QuestionView;
import no.samspill.marketdialogue.ReceiptService;
import no.samspill.marketdialogue.ResponseForm;
import no.samspill.marketdialogue.ResponseService;
import no.samspill.marketdialogue.Submission;
import no.samspill.marketdialogue.SectionView;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.LazyTabs;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Countdown;
import no.samspill.platform.ui.Routes;

/**
 * The supplier's response form: sections to jump between, each answer saved as it is given (a refused save keeps
 * the text and says why), then submit; reopen until the deadline; read-only after it.
 */
@Route(DialogueRoutes.RESPONSE)
@RolesAllowed(Role.SUPPLIER_USER_NAME)
class RespondView extends DetailView {

    private final ResponseService responses;
    private final ClarificationService clarifications;
    private final MeetingService meetings;
    private final DialogueFileService files;
    private final ReceiptService receipts;
    private final Clock clock;
    private int selectedTab;
    private final Map<Long, Long> versions = new HashMap<>();
    private final Span saveState = new Span();
    /** Marks the required questions still unanswered when a submit is refused for them. */
    private FieldErrors submitErrors = new FieldErrors();
    private ZoneId zone = ZoneId.of("UTC");

    RespondView(ResponseService responses, ClarificationService clarifications, MeetingService meetings,
            DialogueFileService files, ReceiptService receipts, Clock clock) {
        super(DialogueRoutes.DIALOGUE_ID);
        this.files = files;
        this.receipts = receipts;
        this.responses = responses;
        this.clarifications = clarifications;
        this.meetings = meetings;
        this.clock = clock;
        saveState.setId("save-state");
        saveState.addClassName("samspill-muted");
        saveState.getElement().setAttribute("aria-live", "polite");
    }

    static RouteParameters params(long dialogueId) {
        return Routes.id(DialogueRoutes.DIALOGUE_ID, dialogueId);
    }

    @Override
    protected void open(long id) {
        show(responses.open(id));
    }

    private void show(ResponseForm form) {
        removeAll();
        versions.clear();
        submitErrors = new FieldErrors();
        form.answers().forEach((questionId, a) -> versions.put(questionId, a.version()));
        title(form.title());
        zone = form.buyerZone();
        Button back = new Button(getTranslation("respond.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SupplierDialoguesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new H1(form.title()), StatusBadge.of(form.status()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(back, header, facts(form));
        if (form.questionnaireChanged()) {
            add(changedNotice(form));
        }
        Paragraph intro = new Paragraph(form.introduction());
        intro.addClassName("samspill-prewrap");
        add(intro);
        List<FileRef> attachments = files.attachmentsForSupplier(form.dialogueId());
        if (!attachments.isEmpty()) {
            Div box = new Div(new Span(getTranslation("respond.attachments")));
            box.addClassName("samspill-attachments");
            attachments.forEach(f -> box.add(new Div(Files.link(f,
                    () -> files.download(form.dialogueId(), f.id(), false)))));
            add(box);
        }
        // beside each other on a wide screen, the sections above the questions on a phone (samspill.css, WCAG 1.4.10)
        Div body = new Div(sectionNav(form), questions(form));
        body.addClassName("samspill-respond-body");
        VerticalLayout response = new VerticalLayout(body, actions(form));
        response.setPadding(false);
        if (form.receipt() != null) {
            // above the form, so it is what the supplier sees after submitting and on every later visit
            add(new ReceiptPanel(receipts, form.receipt()));
        }
        boolean open = clock.instant().isBefore(form.deadline());
        Runnable reload = () -> show(responses.open(form.dialogueId()));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("respond.tab.response"), response);
        // the other tabs read their data when first opened, so a navigation reads only the response's
        LazyTabs.add(tabs, getTranslation("respond.tab.qa"), () -> new SupplierQaPanel(clarifications,
                form.dialogueId(), form.buyerZone(), open, reload));
        LazyTabs.add(tabs, getTranslation("respond.tab.meeting"), () -> new SupplierMeetingPanel(meetings,
                form.dialogueId(), form.buyerZone(), reload));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private Paragraph facts(ResponseForm form) {
        ZoneId zone = form.buyerZone();
        Paragraph facts = new Paragraph(getTranslation("respond.facts", form.buyerName(),
                Formats.dateTime(form.deadline(), zone, getLocale()), zone.getId(),
                Countdown.text(form.deadline(), clock.instant(), UI.getCurrent())));
        facts.setId("respond-facts");
        return facts;
    }

    private Div changedNotice(ResponseForm form) {
        Button ok = new Button(getTranslation("respond.changed.ok"), e -> {
            responses.acknowledgeQuestionnaire(form.dialogueId());
            show(responses.open(form.dialogueId()));
        });
        ok.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div notice = new Div(new Span(getTranslation("respond.changed")), ok);
        notice.addClassName("samspill-notice");
        notice.setId("questionnaire-changed");
        return notice;
    }

    private Nav sectionNav(ResponseForm form) {
        Nav nav = new Nav();
        nav.addClassName("samspill-section-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("respond.sections"));
        for (SectionView s : form.sections()) {
            nav.add(new Anchor("#section-" + s.number(), s.number() + ". " + s.title()));
        }
        return nav;
    }

    private VerticalLayout questions(ResponseForm form) {
        Map<Long, FileRef> myFiles = form.files();
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.addClassName("samspill-respond-questions");
        for (SectionView s : form.sections()) {
            H2 heading = new H2(s.number() + ". " + s.title());
            heading.setId("section-" + s.number());
            list.add(heading);
            for (QuestionView q : s.questions()) {
                if (q.type() == QuestionType.FILE) {
                    FileAnswerField file = new FileAnswerField(q, form.dialogueId(), myFiles.get(q.id()),
                            form.editable(), files, () -> show(responses.open(form.dialogueId())));
                    submitErrors.bindName(file, DialogueRules.answerField(q.id()), "response.error.required");
                    list.add(file);
                    continue;
                }
                AnswerValue saved = form.answers().get(q.id());
                AnswerFields.Field[] holder = new AnswerFields.Field[1];
                holder[0] = AnswerFields.create(q, saved, form.editable(),
                        input -> save(form.dialogueId(), q, input, holder[0]));
                submitErrors.bindName(holder[0].validation(), DialogueRules.answerField(q.id()),
                        "response.error.required");
                list.add(holder[0].component());
            }
        }
        return list;
    }

    private void save(long dialogueId, QuestionView q, AnswerInput input, AnswerFields.Field field) {
        HasValidation shown = field.validation();
        // what is wrong with this answer shows at it; a closed or submitted response is a general error
        FieldErrors errors = new FieldErrors().bind(shown, "response.error.too-long", "response.error.number",
                "response.error.choice", "response.error.single-choice");
        errors.run(() -> {
            try {
                AnswerValue saved = responses.saveAnswer(dialogueId, q.id(), versions.get(q.id()), input);
                versions.put(q.id(), saved.version());
                saveState.setText(getTranslation("respond.saved", Formats.time(saved.updatedAt(), zone,
                        getLocale())));
            } catch (ConcurrentEditException e) {
                // keep the user's text; show the colleague's and take its version, so the next save replaces it
                // knowingly
                AnswerValue theirs = responses.open(dialogueId).answers().get(q.id());
                versions.put(q.id(), theirs == null ? null : theirs.version());
                String text = theirs == null ? "" : AnswerText.of(q, theirs, Downloads.translator());
                FieldErrors.mark(shown, getTranslation("respond.conflict", theirs == null ? "" : theirs.updatedBy(),
                        text));
            }
        });
    }

    private HorizontalLayout actions(ResponseForm form) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        boolean open = clock.instant().isBefore(form.deadline());
        if (form.editable()) {
            Button submit = new Button(getTranslation("respond.submit"), VaadinIcon.PAPERPLANE.create(),
                    e -> Confirm.action(getTranslation("respond.submit"), getTranslation("respond.submit.confirm"),
                            getTranslation("respond.submit"),
                            () -> submitErrors.run(() -> show(submitted(responses.submit(form.dialogueId()))))));
            submit.setId("submit-response");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit, saveState);
        } else if (form.status() == ParticipantStatus.SUBMITTED && open) {
            Button reopen = new Button(getTranslation("respond.reopen"), VaadinIcon.EDIT.create(),
                    e -> confirm("respond.reopen", "respond.reopen.confirm",
                            () -> responses.reopen(form.dialogueId())));
            reopen.setId("reopen-response");
            actions.add(new Span(getTranslation("respond.submitted-at",
                    form.submittedAt() == null ? "" : Formats.dateTimeZoned(form.submittedAt(), form.buyerZone(),
                            getLocale()))), reopen);
        } else if (!open) {
            actions.add(new Span(getTranslation("respond.closed")));
        }
        return actions;
    }

    private static ResponseForm submitted(Submission submission) {
        if (submission.repeat()) {
            Notify.info("respond.already-submitted");
        }
        return submission.form();
    }

    private void confirm(String headerKey, String textKey, Supplier<ResponseForm> action) {
        Confirm.action(getTranslation(headerKey), getTranslation(textKey), getTranslation(headerKey),
                () -> show(action.get()));
    }
}
