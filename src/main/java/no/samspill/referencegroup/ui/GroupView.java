package no.samspill.referencegroup.ui;

import no.samspill.platform.ui.DatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import no.samspill.platform.Mandate;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;
import no.samspill.platform.ui.Routes;
import no.samspill.referencegroup.Candidate;
import no.samspill.referencegroup.GroupDetails;
import no.samspill.referencegroup.GroupMeetingService;
import no.samspill.referencegroup.GroupPage;
import no.samspill.referencegroup.GroupPageService;
import no.samspill.referencegroup.GroupRole;
import no.samspill.referencegroup.GroupRoutes;
import no.samspill.referencegroup.GroupService;
import no.samspill.referencegroup.MemberRow;
import no.samspill.referencegroup.ReviewDocumentService;
import no.samspill.tenancy.TenantSummary;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;

/** One group: its mandate, who represents which unit, and the units still without a representative. */
@Route(GroupRoutes.GROUP)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class GroupView extends DetailView {

    private final GroupService groups;
    private final GroupPageService pages;
    private final GroupMeetingService meetings;
    private final ReviewDocumentService documents;

    GroupView(GroupService groups, GroupPageService pages, GroupMeetingService meetings,
            ReviewDocumentService documents) {
        super(GroupRoutes.GROUP_ID);
        this.groups = groups;
        this.pages = pages;
        this.meetings = meetings;
        this.documents = documents;
    }

    static RouteParameters params(long groupId) {
        return Routes.id(GroupRoutes.GROUP_ID, groupId);
    }

    @Override
    protected void open(long id) {
        GroupPage page = pages.page(id);
        show(page.details(), page);
    }

    /** Shows the group after a change: its sections read their own rows. */
    private void show(GroupDetails d) {
        show(d, null);
    }

    /** Shows the group; with the page read on opening, the sections take their rows from it. */
    private void show(GroupDetails d, @Nullable GroupPage page) {
        removeAll();
        String title = d.name();
        title(title);
        String scope = GroupsView.scope(this, d.kind(), d.scope());
        add(new H1(title), new Paragraph(Phrases.facts(getTranslation(d.kind().labelKey()), scope,
                getTranslation(d.fixed() ? "group.fixed.yes" : "group.fixed.no"))));
        if (d.canManage()) {
            Paragraph coverage = new Paragraph(d.missingUnits().isEmpty() ? getTranslation("group.all-represented")
                    : getTranslation("group.missing-warning", String.join(", ", d.missingUnits())));
            coverage.setId("group-coverage");
            coverage.addClassName(d.missingUnits().isEmpty() ? "samspill-ok" : "samspill-warning");
            add(coverage);
        }
        // the documents under review are what members come for: they go first
        add(page == null ? new DocumentsSection(documents, d, documents.canPublish(d.id()),
                documents.documents(d.id())) : new DocumentsSection(documents, d, page.canPublish(), page.documents()));
        mandate(d);
        members(d);
        invited(d);
        add(new MeetingsSection(meetings, d, page));
    }

    private void mandate(GroupDetails d) {
        add(new H2(getTranslation("group.mandate")));
        Mandate m = d.mandate();
        Paragraph purpose = new Paragraph(m.purpose().isBlank() ? getTranslation("group.no-mandate") : m.purpose());
        purpose.addClassName("samspill-prewrap");
        add(purpose);
        if (!m.approvedBy().isBlank() || m.approvedOn() != null) {
            add(new Paragraph(Phrases.labelled("group.approved-by", m.approvedBy()
                    + (m.approverRole().isBlank() ? "" : " (" + m.approverRole() + ")")
                    + (m.approvedOn() == null ? "" : ", " + Formats.date(m.approvedOn(), getLocale())))));
        }
        if (m.from() != null || m.to() != null) {
            add(new Paragraph(getTranslation("group.from") + " " + orOpen(m.from()) + " "
                    + getTranslation("group.to").toLowerCase(getLocale()) + " " + orOpen(m.to())));
        }
        if (d.canManage()) {
            Button edit = new Button(getTranslation("group.edit-mandate"), VaadinIcon.EDIT.create(),
                    e -> mandateDialog(d).open());
            edit.setId("edit-mandate");
            add(edit);
        }
    }

    private String orOpen(@Nullable LocalDate d) {
        return d == null ? "…" : Formats.date(d, getLocale());
    }

    private void members(GroupDetails d) {
        add(new H2(getTranslation("group.members")));
        if (d.canManage()) {
            Button add = new Button(getTranslation("group.add-member"), VaadinIcon.PLUS.create(),
                    e -> memberDialog(d).open());
            add.setId("add-member");
            add(add);
        }
        Grid<MemberRow> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(MemberRow::name).setHeader(getTranslation("group.member")).setFlexGrow(2);
        if (!d.invitedTenants().isEmpty()) {
            grid.addColumn(r -> r.organisation() == null ? "" : r.organisation())
                    .setHeader(getTranslation("group.organisation")).setFlexGrow(1);
        }
        grid.addColumn(r -> r.unitName() == null ? "" : r.unitName()).setHeader(getTranslation("group.unit"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.role().labelKey())).setHeader(getTranslation("group.role"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.joinedOn(), getLocale())).setHeader(getTranslation("group.joined-on")).setAutoWidth(true);
        grid.addColumn(r -> r.leftOn() == null ? getTranslation("group.active") : Formats.date(r.leftOn(), getLocale()))
                .setHeader(getTranslation("group.left-on")).setAutoWidth(true);
        if (d.canManage()) {
            grid.addComponentColumn(r -> {
                Button end = new Button(VaadinIcon.SIGN_OUT.create(), e -> confirmEnd(r));
                end.setAriaLabel(getTranslation("group.end-membership"));
                end.setTooltipText(getTranslation("group.end-membership"));
                end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                end.setVisible(r.active());
                return end;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(d.members());
        grid.setEmptyStateText(getTranslation("groups.none-member"));
        add(grid);
    }

    /** The other organisations the group invited; the owner's leads invite more. */
    private void invited(GroupDetails d) {
        if (d.invitedTenants().isEmpty() && !d.canInvite()) {
            return;
        }
        Paragraph list = new Paragraph(d.invitedTenants().isEmpty() ? getTranslation("group.invited.none")
                : getTranslation("group.invited", String.join(", ", d.invitedTenants())));
        list.setId("group-invited");
        add(list);
        if (d.canInvite()) {
            Button invite = new Button(getTranslation("group.invite-tenant"), VaadinIcon.HANDSHAKE.create(),
                    e -> inviteDialog(d).open());
            invite.setId("invite-tenant");
            add(invite);
        }
    }

    private Dialog inviteDialog(GroupDetails d) {
        Dialog dialog = new Dialog(getTranslation("group.invite-tenant"));
        dialog.setWidth("32rem");
        dialog.add(new Paragraph(getTranslation("group.invite-help")));
        ComboBox<TenantSummary> tenant = new ComboBox<>(getTranslation("group.organisation"));
        tenant.setItems(groups.invitableTenants(d.id()));
        tenant.setItemLabelGenerator(TenantSummary::name);
        tenant.setId("invite-tenant-choice");
        tenant.setWidthFull();
        dialog.add(tenant);
        FormDialog.of(dialog, "group.invite", "save-invite", () -> {
            if (tenant.getValue() == null) {
                throw new ValidationException("group.error.tenant");
            }
            show(groups.inviteTenant(d.id(), tenant.getValue().id()));
        }).bind(tenant, "group.error.tenant");
        return dialog;
    }

    private void confirmEnd(MemberRow r) {
        Confirm.action(getTranslation("group.end-membership"), getTranslation("group.end-confirm", r.name()),
                getTranslation("group.end-membership"),
                () -> show(groups.endMembership(r.id(), r.version(), groups.today())));
    }

    private Dialog memberDialog(GroupDetails d) {
        Dialog dialog = new Dialog(getTranslation("group.add-member"));
        dialog.setWidth("36rem");
        ComboBox<Candidate> person = new ComboBox<>(getTranslation("group.member"));
        // lazy and searchable: the owner's and the invited tenants' people may be thousands
        person.setItems(q -> groups.candidates(d.id(), q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                .stream(), q -> (int) groups.countCandidates(d.id(), q.getFilter().orElse("")));
        person.setItemLabelGenerator(c -> d.invitedTenants().isEmpty() ? c.displayName() + " <" + c.email() + ">"
                : Phrases.dashed(c.displayName() + " <" + c.email() + ">", c.tenantName()));
        person.setId("member-person");
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("group.unit"));
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setId("member-unit");
        unit.setHelperText(getTranslation("group.unit-help"));
        // a member represents a unit of the organisation they come from
        person.addValueChangeListener(e -> {
            unit.clear();
            unit.setItems(e.getValue() == null ? java.util.List.of()
                    : groups.unitOptions(d.id(), e.getValue().tenantId()));
        });
        ComboBox<GroupRole> role = new ComboBox<>(getTranslation("group.role"));
        role.setItems(GroupRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(GroupRole.MEMBER);
        DatePicker joined = DatePickers.date(getTranslation("group.joined-on"), groups.today());
        dialog.add(new FormLayout(person, unit, role, joined));
        FormDialog.saveCancel(dialog, "save-member", () -> {
            if (person.getValue() == null) {
                throw new ValidationException("group.error.user");
            } else if (role.getValue() == null) {
                throw new ValidationException("group.error.role");
            } else if (joined.getValue() == null) {
                throw new ValidationException("group.error.joined-on");
            }
            show(groups.addMember(d.id(), person.getValue().userId(),
                    unit.getValue() == null ? null : unit.getValue().id(), role.getValue(), joined.getValue()));
        }).bind(person, "group.error.user").bind(role, "group.error.role").bind(joined, "group.error.joined-on");
        return dialog;
    }

    private Dialog mandateDialog(GroupDetails d) {
        Mandate m = d.mandate();
        Dialog dialog = new Dialog(getTranslation("group.edit-mandate"));
        dialog.setWidth("44rem");
        TextArea purpose = new TextArea(getTranslation("group.purpose"), m.purpose(), "");
        TextField approvedBy = new TextField(getTranslation("group.approved-by"), m.approvedBy(), "");
        TextField approverRole = new TextField(getTranslation("group.approver-role"), m.approverRole(), "");
        DatePicker approvedOn = DatePickers.date(getTranslation("group.approved-on"), m.approvedOn());
        DatePicker from = DatePickers.date(getTranslation("group.from"), m.from());
        DatePicker to = DatePickers.date(getTranslation("group.to"), m.to());
        FormLayout form = new FormLayout(purpose, approvedBy, approverRole, approvedOn, from, to);
        form.setColspan(purpose, 2);
        dialog.add(form);
        FormDialog.saveCancel(dialog, "save-mandate", () -> show(groups.updateMandate(d.id(), d.version(),
                new Mandate(purpose.getValue(), approvedBy.getValue(), approverRole.getValue(), approvedOn.getValue(),
                        from.getValue(), to.getValue()))))
                .bind(approvedOn, "group.error.approved-on").bind(to, "group.error.period")
                .bind(purpose, "group.error.purpose");
        return dialog;
    }
}
