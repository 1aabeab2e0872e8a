package no.samspill.steeringgroup.ui;

import no.samspill.platform.ui.DatePickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.Consumer;
import no.samspill.identity.Colleague;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FormDialog;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringRole;

/** Adding a member: a colleague of the tenant, their role and the day they join. */
class SteeringMemberDialog extends Dialog {

    SteeringMemberDialog(SteeringGroupService groups, SteeringGroupDetails d, Consumer<SteeringGroupDetails> show) {
        setHeaderTitle(getTranslation("group.add-member"));
        ComboBox<Colleague> person = new ComboBox<>(getTranslation("group.member"));
        person.setItems(q -> groups.memberOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        person.setItemLabelGenerator(c -> c.displayName() + " <" + c.email() + ">");
        person.setId("steering-member-person");
        ComboBox<SteeringRole> role = new ComboBox<>(getTranslation("group.role"));
        role.setItems(SteeringRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(SteeringRole.MEMBER);
        DatePicker joined = DatePickers.date(getTranslation("group.joined-on"), groups.today());
        add(new FormLayout(person, role, joined));
        FormDialog.saveCancel(this, "save-steering-member", () -> {
            if (person.getValue() == null || role.getValue() == null || joined.getValue() == null) {
                throw new ValidationException("steering.error.user");
            }
            show.accept(groups.addMember(d.id(), person.getValue().userId(), role.getValue(), joined.getValue()));
        });
    }
}
