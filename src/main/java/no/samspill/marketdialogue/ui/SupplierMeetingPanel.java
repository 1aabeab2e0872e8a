package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.samspill.marketdialogue.MeetingService;
import no.samspill.marketdialogue.PublishedMinutes;
import no.samspill.marketdialogue.SlotView;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;

/** The supplier's 1:1 meeting: book one of the free slots, or see (and cancel) its own with the minutes. */
class SupplierMeetingPanel extends VerticalLayout {

    SupplierMeetingPanel(MeetingService meetings, long dialogueId, ZoneId zone, Runnable reload) {
        setPadding(false);
        List<SlotView> slots = meetings.forSupplier(dialogueId);
        Optional<SlotView> mine = slots.stream().filter(SlotView::mine).findFirst();
        if (mine.isPresent()) {
            SlotView s = mine.get();
            // the buyer's zone, named: the supplier may sit in another
            add(new Paragraph(getTranslation("meeting.yours", Formats.dateTimeZoned(s.startsAt(), zone, getLocale()),
                    s.durationMinutes(), s.location())));
            Button cancel = new Button(getTranslation("meeting.cancel"), e -> Changes.run(
                    () -> meetings.cancelBooking(dialogueId), reload));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(cancel, Downloads.link("meeting-ics", getTranslation("meeting.ics"), VaadinIcon.CALENDAR,
                    getTranslation("meeting.ics.file") + ".ics", MeetingService.CALENDAR_TYPE,
                    t -> meetings.calendar(dialogueId, t)));
            if (s.minutes() != null) {
                Paragraph minutes = new Paragraph(s.minutes());
                minutes.addClassName("samspill-prewrap");
                add(new H2(getTranslation("meeting.minutes")), minutes);
            }
        } else if (slots.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.none-free")));
        } else {
            add(new Paragraph(getTranslation("meeting.choose")));
            for (SlotView s : slots) {
                String slot = Phrases.facts(Formats.dateTimeZoned(s.startsAt(), zone, getLocale()),
                        getTranslation("meeting.minutes-long", s.durationMinutes()), s.location());
                // booking binds the tenant to one meeting that only the buyer can see taken: asked first
                Button book = new Button(getTranslation("meeting.book"), e -> Confirm.action(
                        getTranslation("meeting.book.confirm.header"), getTranslation("meeting.book.confirm", slot),
                        getTranslation("meeting.book"), () -> {
                            try {
                                meetings.book(dialogueId, s.id());
                            } finally {
                                // also after a refusal (taken a moment ago): the list then shows what is still free
                                reload.run();
                            }
                        }));
                book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                book.setId("book-" + s.id());
                HorizontalLayout row = new HorizontalLayout(new Span(Phrases.facts(Formats.dateTimeZoned(s.startsAt(),
                        zone, getLocale()), getTranslation("meeting.minutes-long", s.durationMinutes()), s.location())),
                        book);
                row.setAlignItems(Alignment.CENTER);
                add(row);
            }
        }
        List<PublishedMinutes> published = meetings.publishedMinutes(dialogueId);
        if (!published.isEmpty()) {
            add(new H2(getTranslation("meeting.published")));
            for (PublishedMinutes m : published) {
                Div item = new Div(new Span(getTranslation("meeting.published-at",
                        Formats.dateTime(m.publishedAt(), zone, getLocale()))), new Paragraph(m.text()));
                item.addClassName("samspill-qa");
                add(item);
            }
        }
    }

}
