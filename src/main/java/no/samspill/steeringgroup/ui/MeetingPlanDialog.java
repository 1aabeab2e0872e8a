package no.samspill.steeringgroup.ui;

import no.samspill.platform.ui.DatePickers;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FormDialog;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMeetingService;

/** Planning a meeting: its time in the tenant's zone and its place; saving opens the new meeting's page. */
class MeetingPlanDialog extends Dialog {

    MeetingPlanDialog(SteeringGroupService groups, SteeringMeetingService meetings, SteeringGroupDetails d) {
        setHeaderTitle(getTranslation("steering.meeting.new"));
        DateTimePicker when = DatePickers.dateTime(getTranslation("steering.meeting.when"));
        when.setId("meeting-when");
        TextField place = new TextField(getTranslation("steering.meeting.place"));
        place.setId("meeting-place");
        place.setHelperText(getTranslation("steering.meeting.place-help"));
        place.setWidthFull();
        add(new FormLayout(when, place));
        FormDialog.saveCancel(this, "save-steering-meeting", () -> {
            if (when.getValue() == null) {
                throw new ValidationException("steering.meeting.error.when");
            }
            long id = meetings.plan(d.id(), when.getValue().atZone(groups.zone()).toInstant(), place.getValue())
                    .id();
            getUI().ifPresent(ui -> ui.navigate(SteeringMeetingView.class, SteeringMeetingView.params(id)));
        }).bind(when, "steering.meeting.error.when");
    }
}
