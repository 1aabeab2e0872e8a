package no.samspill.marketdialogue.ui;

import no.samspill.platform.ui.DatePickers;
import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import no.samspill.marketdialogue.AccessMode;
import no.samspill.marketdialogue.DialogueFileService;
import no.samspill.marketdialogue.DialogueForm;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueStatus;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.FileRef;
import no.samspill.marketdialogue.SupplierRef;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.Notify;

/**
 * Before publication: title, introduction, deadline, who may take part, invitations, and publishing.
 * After: what was published, more invitations, and extending the deadline. Refused saves keep the form.
 */
class SetupPanel extends VerticalLayout {

    private final DialogueService dialogues;
    private final DialogueFileService files;
    private final DialogueSummary d;
    private final Runnable reload;

    SetupPanel(DialogueService dialogues, DialogueFileService files, DialogueSummary d, Runnable reload) {
        this.dialogues = dialogues;
        this.files = files;
        this.d = d;
        this.reload = reload;
        setPadding(false);
        if (d.status() == DialogueStatus.DRAFT) {
            add(describeForm());
        } else {
            Paragraph intro = new Paragraph(d.introduction().isEmpty() ? getTranslation("dialogue.no-introduction")
                    : d.introduction());
            intro.addClassName("samspill-prewrap");
            add(new H2(getTranslation("dialogue.introduction")), intro, extendForm());
        }
        add(attachments(), suppliers());
    }

    private VerticalLayout attachments() {
        VerticalLayout box = new VerticalLayout(new H2(getTranslation("dialogue.attachments")),
                new Paragraph(getTranslation("dialogue.attachments.help")));
        box.setPadding(false);
        boolean draft = d.status() == DialogueStatus.DRAFT;
        for (FileRef f : files.attachmentsForBuyer(d.id())) {
            HorizontalLayout row = new HorizontalLayout(Files.link(f, () -> files.download(d.id(), f.id(), true)));
            if (draft) {
                Button remove = new Button(getTranslation("common.delete"), e -> Changes.run(() ->
                        files.removeAttachment(d.id(), f.id()), this::saved));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            box.add(row);
        }
        box.add(Files.upload(files.maxUploadBytes(), (name, bytes) -> files.attach(d.id(), name, bytes), reload));
        return box;
    }

    private VerticalLayout describeForm() {
        TextField title = new TextField(getTranslation("dialogue.title"));
        TextLimits.apply(title, DialogueRules.TITLE_MAX);
        title.setValue(d.title());
        TextArea intro = new TextArea(getTranslation("dialogue.introduction"));
        TextLimits.apply(intro, DialogueRules.INTRODUCTION_MAX);
        intro.setHelperText(getTranslation("dialogue.introduction.help"));
        intro.setValue(d.introduction());
        intro.setMinHeight("10rem");
        DateTimePicker deadline = deadlinePicker(LocalDateTime.ofInstant(d.deadline(), d.zone()));
        RadioButtonGroup<AccessMode> mode = new RadioButtonGroup<>(getTranslation("dialogue.access"));
        mode.setItems(AccessMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        mode.setValue(d.accessMode());
        FormLayout form = new FormLayout(title, deadline, mode, intro);
        form.setColspan(intro, 2);
        FieldErrors errors = new FieldErrors().bind(title, "dialogue.error.title")
                .bind(intro, "dialogue.error.introduction")
                .bind(deadline, "dialogue.error.deadline-missing", "dialogue.error.deadline-past");
        Button save = new Button(getTranslation("common.save"), e -> errors.run(() -> {
            if (deadline.getValue() == null) {
                throw new ValidationException("dialogue.error.deadline-missing");
            }
            dialogues.describe(d.id(), d.version(),
                    new DialogueForm(title.getValue(), intro.getValue(), deadline.getValue(), mode.getValue()));
            saved();
        }));
        save.setId("save-dialogue");
        Button publish = new Button(getTranslation("dialogue.publish"), e -> confirmPublish());
        publish.setId("publish-dialogue");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout layout = new VerticalLayout(form, new HorizontalLayout(save, publish),
                new Paragraph(getTranslation("dialogue.publish.help")));
        layout.setPadding(false);
        return layout;
    }

    private HorizontalLayout extendForm() {
        DateTimePicker deadline = deadlinePicker(LocalDateTime.ofInstant(d.deadline(), d.zone()));
        deadline.setLabel(getTranslation("dialogue.new-deadline"));
        FieldErrors errors = new FieldErrors().bind(deadline, "dialogue.error.deadline-missing",
                "dialogue.error.deadline-past", "dialogue.error.not-later");
        Button extend = new Button(getTranslation("dialogue.extend"), e -> errors.run(() -> {
            if (deadline.getValue() == null) {
                throw new ValidationException("dialogue.error.deadline-missing");
            }
            dialogues.extendDeadline(d.id(), d.version(), deadline.getValue());
            saved();
        }));
        extend.setId("extend-deadline");
        HorizontalLayout row = new HorizontalLayout(deadline, extend);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private VerticalLayout suppliers() {
        List<SupplierRef> invited = dialogues.invited(d.id());
        VerticalLayout box = new VerticalLayout(new H2(getTranslation("dialogue.invited")));
        box.setPadding(false);
        if (invited.isEmpty()) {
            box.add(new Paragraph(getTranslation(d.accessMode() == AccessMode.OPEN ? "dialogue.invited.open"
                    : "dialogue.invited.none")));
        } else {
            UnorderedList list = new UnorderedList();
            invited.forEach(s -> list.add(new ListItem(s.name())));
            box.add(list);
        }
        MultiSelectComboBox<SupplierRef> choose = new MultiSelectComboBox<>(getTranslation("dialogue.invite.choose"));
        // thousands of suppliers: the picker asks a page at a time, filtered as the user types; one already invited
        // may be chosen again, and inviting it again changes nothing
        choose.setItems(q -> dialogues.supplierOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> (int) dialogues.countSupplierOptions(q.getFilter().orElse("")));
        choose.setItemLabelGenerator(SupplierRef::name);
        choose.setWidth("28rem");
        FieldErrors errors = new FieldErrors().bind(choose, "dialogue.error.not-supplier");
        Button invite = new Button(getTranslation("dialogue.invite"), e -> errors.run(() -> {
            dialogues.invite(d.id(), choose.getValue().stream().map(SupplierRef::tenantId).collect(Collectors.toSet()));
            saved();
        }));
        invite.setId("invite-suppliers");
        HorizontalLayout row = new HorizontalLayout(choose, invite);
        row.setAlignItems(Alignment.BASELINE);
        box.add(row);
        return box;
    }

    private DateTimePicker deadlinePicker(LocalDateTime value) {
        DateTimePicker picker = DatePickers.dateTime(getTranslation("dialogue.deadline"));
        picker.setStep(Duration.ofMinutes(15));
        picker.setValue(value);
        picker.setHelperText(getTranslation("dialogue.deadline.help", d.zone().getId()));
        return picker;
    }

    private void confirmPublish() {
        Confirm.action(getTranslation("dialogue.publish"), getTranslation("dialogue.publish.confirm"),
                getTranslation("dialogue.publish"), () -> {
                    dialogues.publish(d.id(), d.version());
                    saved();
                });
    }

    private void saved() {
        Notify.success("common.saved");
        reload.run();
    }
}
