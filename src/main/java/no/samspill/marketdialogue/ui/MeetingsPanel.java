package no.samspill.marketdialogue.ui;

import no.samspill.platform.ui.DatePickers;
import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.MeetingService;
import no.samspill.marketdialogue.SlotView;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.text.Formats;

/** The buyer offers 1:1 meeting slots, sees who booked which, and writes and publishes minutes. */
class MeetingsPanel extends VerticalLayout {

    private final MeetingService meetings;
    private final DialogueSummary d;
    private final Runnable reload;
    private final Clock clock;

    MeetingsPanel(MeetingService meetings, DialogueSummary d, Runnable reload, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.d = d;
        this.reload = reload;
        setPadding(false);
        add(new Paragraph(getTranslation("meeting.buyer.help")), offerForm());
        Grid<SlotView> grid = new Grid<>();
        grid.setId("meeting-slots");
        grid.addColumn(s -> Formats.dateTime(s.startsAt(), d.zone(), getLocale())).setHeader(getTranslation("meeting.time"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("meeting.minutes-long", s.durationMinutes()))
                .setHeader(getTranslation("meeting.duration")).setAutoWidth(true);
        grid.addColumn(SlotView::location).setHeader(getTranslation("meeting.location")).setFlexGrow(2);
        grid.addColumn(s -> s.free() ? getTranslation("meeting.free") : s.bookedBy())
                .setHeader(getTranslation("meeting.booked-by")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setItems(meetings.forBuyer(d.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("meeting.none"));
        add(grid);
    }

    private HorizontalLayout offerForm() {
        DateTimePicker start = DatePickers.dateTime(getTranslation("meeting.time"));
        start.setStep(Duration.ofMinutes(15));
        start.setValue(LocalDateTime.now(clock.withZone(d.zone())).plusDays(7).withHour(10).withMinute(0).withSecond(0)
                .withNano(0));
        IntegerField duration = new IntegerField(getTranslation("meeting.duration"));
        duration.setValue(60);
        duration.setMin(DialogueRules.MEETING_MIN_MINUTES);
        duration.setMax(DialogueRules.MEETING_MAX_MINUTES);
        duration.setStepButtonsVisible(true);
        duration.setStep(15);
        TextField location = new TextField(getTranslation("meeting.location"));
        TextLimits.apply(location, DialogueRules.LOCATION_MAX);
        location.setPlaceholder(getTranslation("meeting.location.placeholder"));
        location.setWidth("22rem");
        FieldErrors errors = new FieldErrors().bind(start, "meeting.error.time-missing", "meeting.error.past")
                .bind(duration, "meeting.error.duration").bind(location, "meeting.error.location");
        Button offer = new Button(getTranslation("meeting.offer"), VaadinIcon.PLUS.create(), e -> errors.run(() -> {
            if (start.getValue() == null) {
                throw new ValidationException("meeting.error.time-missing");
            }
            meetings.offer(d.id(), start.getValue(), duration.getValue() == null ? 0 : duration.getValue(),
                    location.getValue());
            reload.run();
        }));
        offer.setId("offer-slot");
        HorizontalLayout form = new HorizontalLayout(start, duration, location, offer);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private HorizontalLayout actions(SlotView s) {
        HorizontalLayout actions = new HorizontalLayout();
        if (s.free()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> Changes.run(() -> meetings.remove(d.id(), s.id()), reload));
            remove.setAriaLabel(getTranslation("meeting.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        } else {
            Button minutes = new Button(getTranslation("meeting.minutes"), e -> minutesDialog(s).open());
            minutes.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(minutes);
        }
        return actions;
    }

    private Dialog minutesDialog(SlotView s) {
        Dialog dialog = new Dialog(getTranslation("meeting.minutes.title", s.bookedBy()));
        dialog.setWidth("44rem");
        TextArea minutes = new TextArea(getTranslation("meeting.minutes.private"));
        minutes.setWidthFull();
        TextLimits.apply(minutes, DialogueRules.MINUTES_MAX);
        minutes.setValue(s.minutes() == null ? "" : s.minutes());
        TextArea redacted = new TextArea(getTranslation("meeting.minutes.public"));
        redacted.setWidthFull();
        TextLimits.apply(redacted, DialogueRules.MINUTES_MAX);
        redacted.setHelperText(getTranslation("meeting.minutes.public.help"));
        redacted.setValue(s.publishedMinutes() == null ? "" : s.publishedMinutes());
        dialog.add(minutes, redacted);
        FormDialog.of(dialog, "meeting.minutes.publish", "", () -> {
            meetings.publishMinutes(d.id(), s.id(), s.version(), minutes.getValue(), redacted.getValue());
            reload.run();
        }).extra("meeting.minutes.save", "", () -> {
            meetings.writeMinutes(d.id(), s.id(), s.version(), minutes.getValue());
            reload.run();
        });
        return dialog;
    }

}
