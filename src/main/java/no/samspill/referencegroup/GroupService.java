package no.samspill.referencegroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.identity.Colleague;
import no.samspill.identity.ColleagueService;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.Mandate;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.platform.time.TenantTime;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupMember;
import no.samspill.referencegroup.domain.RefGroupMemberRepository;
import no.samspill.referencegroup.domain.RefGroupRepository;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference groups and product councils of the active (buyer) tenant. Procurement leads and admins see and run all
 * of them; a member sees the groups they are or were in; the chair manages their own group. Suppliers never see
 * reference-group content.
 */
@Service
public class GroupService {

    private static final Mandate.Messages MANDATE = new Mandate.Messages("group.error.period",
            "group.error.purpose", "group.error.approver");

    private final GroupAccess gate;
    private final GroupMembers membership;
    private final Representation representation;
    private final RefGroupRepository groups;
    private final RefGroupMemberRepository members;
    private final ProjectService projects;
    private final TenantService tenants;
    private final ColleagueService colleagues;
    private final PeopleDirectory people;
    private final TenantDirectory directory;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final TenantTime time;

    GroupService(GroupAccess gate, GroupMembers membership, Representation representation,
            RefGroupRepository groups, RefGroupMemberRepository members, ProjectService projects,
            TenantService tenants, ColleagueService colleagues, PeopleDirectory people, TenantDirectory directory,
            AccessPolicy access, AuditTrail audit, Clock clock, TenantTime time) {
        this.gate = gate;
        this.membership = membership;
        this.representation = representation;
        this.groups = groups;
        this.members = members;
        this.projects = projects;
        this.tenants = tenants;
        this.colleagues = colleagues;
        this.people = people;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<GroupSummary> groups() {
        long tenantId = access.requireBuyer(Roles.STAFF);
        CurrentUser me = access.current();
        Map<Long, RefGroup> visible = new LinkedHashMap<>();
        if (me.hasAnyRole(Roles.LEADS)) {
            groups.findByTenantIdOrderByName(tenantId).forEach(g -> visible.put(g.id(), g));
        }
        // groups of other tenants that invited this one, where the user sits as a member
        if (me.userId() != null) {
            groups.findWithMember(tenantId, me.userId()).forEach(g -> visible.put(g.id(), g));
        }
        return visible.values().stream().sorted(Comparator.comparing(RefGroup::getName)).map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<GroupSummary> forProject(long projectId) {
        long tenantId = access.requireBuyer(Roles.LEADS);
        return groups.findByTenantIdAndProjectIdOrderByName(tenantId, projectId).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public boolean canCreate() {
        CurrentUser me = access.current();
        return me.hasAnyRole(Roles.LEADS) && me.isBuyer();
    }

    /**
     * Today in the active tenant's zone: the default for joining and leaving dates. Views ask the service, not
     * {@link TenantTime}, because views talk only to their feature's services (ARCHITECTURE rule 1).
     */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return time.today();
    }

    @Transactional
    public GroupDetails create(GroupForm form) {
        long tenantId = access.requireBuyer(Roles.LEADS);
        String name = Texts.clean(form.name(), ReferenceGroupRules.NAME_MIN, ReferenceGroupRules.NAME_MAX,
                "group.error.name");
        if (groups.existsByTenantIdAndNameIgnoreCase(tenantId, name)) {
            throw new ValidationException("group.error.name-taken", name);
        }
        if (form.kind() == GroupKind.REFERENCE_GROUP && form.projectId() == null) {
            throw new ValidationException("group.error.project");
        }
        if (form.kind() == GroupKind.PRODUCT_COUNCIL && form.category() == null) {
            throw new ValidationException("group.error.category");
        }
        if (form.projectId() != null) {
            projects.get(form.projectId());
        }
        RefGroup group = new RefGroup(tenantId, form.kind(), name,
                form.kind() == GroupKind.REFERENCE_GROUP ? form.projectId() : null,
                form.kind() == GroupKind.PRODUCT_COUNCIL ? form.category() : null, form.fixed(), clock.instant());
        group.setMandate(form.mandate().validated(MANDATE));
        groups.save(group);
        audit.recordIn(tenantId, "group.created", "RefGroup", group.id(), FieldChange.set("name", name),
                FieldChange.set("kind", form.kind()));
        return details(group.id());
    }

    @Transactional(readOnly = true)
    public GroupDetails details(long groupId) {
        RefGroup group = gate.visible(groupId);
        // The representation check is a warning for those who can act on it: the lead and the chair.
        boolean manage = gate.canManage(group);
        List<RefGroupMember> list = members.findByGroupId(groupId);
        Map<Long, String> unitNames = representation.unitNames(group);
        Map<Long, String> names = people.names(list.stream().map(RefGroupMember::getUserId).toList());
        Map<Long, TenantSummary> orgs = directory.summariesOf(group.getInvitedTenants());
        List<MemberRow> rows = list.stream().map(m -> new MemberRow(m.id(), m.getVersion(), m.getUserId(),
                        names.getOrDefault(m.getUserId(), "–"), orgs.containsKey(m.getTenantId())
                                ? orgs.get(m.getTenantId()).name() : null, m.getUnitId(),
                        m.getUnitId() == null ? null : unitNames.get(m.getUnitId()), m.getRole(), m.getJoinedOn(),
                        m.getLeftOn()))
                .sorted(Comparator.comparing(MemberRow::active).reversed().thenComparing(MemberRow::role)
                        .thenComparing(MemberRow::name))
                .toList();
        return new GroupDetails(group.id(), group.getVersion(), group.getName(), group.getKind(), scope(group),
                group.getProjectId(), group.isFixed(), group.mandate(), rows,
                manage ? representation.missingUnits(group, list, unitNames) : List.of(), manage, gate.leadsOf(group),
                orgs.values().stream().map(TenantSummary::name).sorted().toList());
    }

    @Transactional
    public GroupDetails updateMandate(long groupId, long expectedVersion, Mandate mandate) {
        RefGroup group = gate.managed(groupId);
        group.requireVersion(expectedVersion);
        Mandate before = group.mandate();
        group.setMandate(mandate.validated(MANDATE));
        groups.flush();
        audit.recordIn(group.getTenantId(), "group.mandate-changed", "RefGroup", groupId,
                FieldChange.of("purpose", before.purpose(), mandate.purpose().strip()),
                FieldChange.of("approvedBy", before.approvedBy(), mandate.approvedBy().strip()),
                FieldChange.of("approvedOn", before.approvedOn(), mandate.approvedOn()),
                FieldChange.of("period", before.from() + "–" + before.to(), mandate.from() + "–" + mandate.to()));
        return details(groupId);
    }

    @Transactional
    public GroupDetails addMember(long groupId, long userId, @Nullable Long unitId, GroupRole role,
            LocalDate joinedOn) {
        membership.add(groupId, userId, unitId, role, joinedOn);
        return details(groupId);
    }

    @Transactional
    public GroupDetails endMembership(long memberId, long expectedVersion, LocalDate leftOn) {
        return details(membership.end(memberId, expectedVersion, leftOn));
    }

    /** Invites another buyer tenant, whose people the group can then take in as members. */
    @Transactional
    public GroupDetails inviteTenant(long groupId, long tenantId) {
        membership.inviteTenant(groupId, tenantId);
        return details(groupId);
    }

    /** Buyer tenants the group has not invited yet (suppliers never take part in groups). */
    @Transactional(readOnly = true)
    public List<TenantSummary> invitableTenants(long groupId) {
        return membership.invitableTenants(groupId);
    }

    /** People who may join the group: colleagues, and the active people of the tenants it invited. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long groupId) {
        return membership.candidates(groupId);
    }

    /** Units a member from the given tenant (the group's own or an invited one) may represent. */
    @Transactional(readOnly = true)
    public List<UnitSummary> unitOptions(long groupId, long tenantId) {
        return membership.unitOptions(groupId, tenantId);
    }

    @Transactional(readOnly = true)
    public List<Colleague> memberOptions() {
        access.requireAnyRole(Roles.STAFF);
        return colleagues.all();
    }

    @Transactional(readOnly = true)
    public List<UnitSummary> unitOptions() {
        access.requireAnyRole(Roles.STAFF);
        return tenants.units();
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> projectOptions() {
        access.requireAnyRole(Roles.LEADS);
        return projects.search(ProjectFilter.ALL, 0, 1000);
    }

    private GroupSummary summary(RefGroup g) {
        List<RefGroupMember> list = members.findByGroupId(g.id());
        return new GroupSummary(g.id(), g.getName(), g.getKind(), scope(g), g.isFixed(),
                (int) list.stream().filter(RefGroupMember::isActive).count(),
                gate.canManage(g) ? representation.missingUnits(g, list, representation.unitNames(g)).size() : 0);
    }

    private @Nullable String scope(RefGroup g) {
        if (g.getProjectId() != null && g.getTenantId() == gate.current().tenantId()) {
            ProjectSummary p = projects.get(g.getProjectId());
            return p.reference() + " " + p.title();
        }
        return g.getCategory() == null ? null : g.getCategory().name();
    }
}
