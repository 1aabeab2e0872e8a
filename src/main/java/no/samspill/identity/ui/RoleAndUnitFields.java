package no.samspill.identity.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import no.samspill.identity.InviteOptions;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;

/** Role checkboxes and unit choice, shared by the invite and edit dialogs. */
final class RoleAndUnitFields {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();

    RoleAndUnitFields(InviteOptions options) {
        roles.setLabel(roles.getTranslation("users.roles"));
        roles.setItems(options.roles().stream().sorted(Comparator.naturalOrder()).toList());
        roles.setItemLabelGenerator(r -> roles.getTranslation(r.labelKey()));
        roles.setRequired(true);
        unit.setLabel(unit.getTranslation("users.unit"));
        unit.setHelperText(unit.getTranslation("users.unit.help"));
        unit.setItems(options.units());
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setClearButtonVisible(true);
        unit.setVisible(!options.units().isEmpty());
    }

    void setValue(Set<Role> selected, @Nullable Long unitId) {
        roles.setValue(selected);
        unit.getListDataView().getItems().filter(u -> Objects.equals(u.id(), unitId)).findFirst()
                .ifPresent(unit::setValue);
    }

    @Nullable Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }
}
