package no.samspill.referencegroup.ui;

import no.samspill.platform.ui.DatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;
import no.samspill.referencegroup.GroupDetails;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.ui.GateNotice;
import no.samspill.referencegroup.GroupMeetingService;
import no.samspill.referencegroup.GroupPage;
import no.samspill.referencegroup.GroupPageService;
import no.samspill.referencegroup.MeetingRow;
import no.samspill.referencegroup.MemberRow;
import org.jspecify.annotations.Nullable;

/** The group page's meetings: newest first, each with agenda, minutes and attendance. */
class MeetingsSection extends VerticalLayout {

    /** Meetings shown at first and per "show more": a group may have hundreds. */
    private static final int PAGE = GroupPageService.MEETINGS;

    private final GroupMeetingService meetings;
    private final GroupDetails group;

    MeetingsSection(GroupMeetingService meetings, GroupDetails group, @Nullable GroupPage page) {
        this.meetings = meetings;
        this.group = group;
        setPadding(false);
        if (page == null) {
            refresh();
        } else if (page.meetingsRefused() != null) {
            refused(page.meetingsRefused());
        } else {
            render(page.meetingCount(), page.meetings());
        }
    }

    private void refresh() {
        try {
            long total = meetings.countMeetings(group.id());
            render(total, total == 0 ? List.of() : meetings.meetings(group.id(), 0, PAGE));
        } catch (DeclarationRequiredException e) {
            refused(e);
        }
    }

    /** The project's gate keeps the meetings shut: the section says why and links to the declaration. */
    private void refused(DeclarationRequiredException e) {
        removeAll();
        add(new H2(getTranslation("group.meetings")), GateNotice.of(e));
    }

    /** The section with its first page of meetings, read by the caller. */
    private void render(long total, List<MeetingRow> first) {
        removeAll();
        add(new H2(getTranslation("group.meetings")));
        if (group.canManage()) {
            Button plan = new Button(getTranslation("group.meeting.new"), VaadinIcon.CALENDAR.create(),
                    e -> planDialog().open());
            plan.setId("new-meeting");
            add(plan);
        }
        if (total == 0) {
            add(new Paragraph(getTranslation("group.meetings.none")));
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        add(list);
        show(list, 0, first, total);
    }

    /** Adds a page of meetings, and a button for the next page while there is one. */
    private void show(VerticalLayout list, int offset, List<MeetingRow> rows, long total) {
        for (MeetingRow m : rows) {
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            content.add(new H4(getTranslation("group.meeting.agenda")), prewrap(m.agenda()),
                    new H4(getTranslation("group.meeting.minutes")), prewrap(m.minutes().isEmpty()
                            ? getTranslation("group.meeting.no-minutes") : m.minutes()),
                    new H4(getTranslation("group.meeting.attendees")),
                    new Paragraph(m.attendees().isEmpty() ? "–" : String.join(", ", m.attendees())));
            if (group.canManage()) {
                Button record = new Button(getTranslation("group.meeting.record"), VaadinIcon.EDIT.create(),
                        e -> recordDialog(m).open());
                record.setId("record-" + m.id());
                content.add(record);
            }
            Details details = new Details(Phrases.facts(Formats.longDate(m.heldOn(), getLocale()), m.title()), content);
            details.setOpened(offset == 0 && rows.indexOf(m) == 0);
            list.add(details);
        }
        int shown = offset + rows.size();
        if (shown < total && !rows.isEmpty()) {
            Button next = new Button(getTranslation("group.meetings.more", shown, total),
                    VaadinIcon.ANGLE_DOWN.create());
            next.setId("more-meetings");
            next.addClickListener(e -> {
                list.remove(next);
                show(list, shown, meetings.meetings(group.id(), shown, PAGE), total);
            });
            list.add(next);
        }
    }

    private static Paragraph prewrap(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("samspill-prewrap");
        return p;
    }

    private Dialog planDialog() {
        Dialog dialog = new Dialog(getTranslation("group.meeting.new"));
        dialog.setWidth("40rem");
        DatePicker heldOn = DatePickers.date(getTranslation("group.meeting.held-on"));
        TextField title = new TextField(getTranslation("group.meeting.title"));
        title.setId("meeting-title");
        TextArea agenda = new TextArea(getTranslation("group.meeting.agenda"));
        FormLayout form = new FormLayout(heldOn, title, agenda);
        form.setColspan(agenda, 2);
        dialog.add(form);
        FormDialog.saveCancel(dialog, "save-meeting", () -> {
            if (heldOn.getValue() == null) {
                throw new ValidationException("group.meeting.error.date");
            }
            meetings.plan(group.id(), heldOn.getValue(), title.getValue(), agenda.getValue());
            refresh();
        }).bind(heldOn, "group.meeting.error.date");
        return dialog;
    }

    private Dialog recordDialog(MeetingRow m) {
        Dialog dialog = new Dialog(getTranslation("group.meeting.record"));
        dialog.setWidth("44rem");
        TextArea minutes = new TextArea(getTranslation("group.meeting.minutes"), m.minutes(), "");
        minutes.setId("meeting-minutes");
        minutes.setWidthFull();
        MultiSelectComboBox<MemberRow> present = new MultiSelectComboBox<>(getTranslation("group.meeting.attendees"));
        // A person may appear twice (left and joined again); offer each once.
        List<MemberRow> people = group.members().stream()
                .collect(Collectors.toMap(MemberRow::userId, r -> r, (a, b) -> a.active() ? a : b)).values().stream()
                .toList();
        present.setItems(people);
        present.setItemLabelGenerator(MemberRow::name);
        present.setValue(people.stream().filter(r -> m.attendeeIds().contains(r.userId()))
                .collect(Collectors.toSet()));
        present.setWidthFull();
        dialog.add(new VerticalLayout(minutes, present));
        FormDialog.saveCancel(dialog, "save-minutes", () -> {
            Set<Long> ids = present.getValue().stream().map(MemberRow::userId).collect(Collectors.toSet());
            meetings.record(m.id(), m.version(), minutes.getValue(), ids);
            refresh();
        });
        return dialog;
    }
}
