package no.samspill.referencegroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.samspill.identity.Colleague;
import no.samspill.identity.ColleagueService;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.Mandate;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.SearchPatterns;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.platform.time.TenantTime;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectLabels;
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
import org.springframework.data.domain.Sort;
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
            "group.error.purpose", "group.error.approver", "group.error.approved-on");

    private final GroupAccess gate;
    private final GroupRows rows;
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

    GroupService(GroupAccess gate, GroupRows rows, GroupMembers membership, Representation representation,
            RefGroupRepository groups, RefGroupMemberRepository members, ProjectService projects,
            TenantService tenants, ColleagueService colleagues, PeopleDirectory people, TenantDirectory directory,
            AccessPolicy access, AuditTrail audit, Clock clock, TenantTime time) {
        this.gate = gate;
        this.rows = rows;
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

    /** A page of the groups the user sees, by name; access and the name filter are in the query. */
    @Transactional(readOnly = true)
    public List<GroupSummary> groups(String search, long offset, int limit) {
        long tenantId = access.requireBuyer(Roles.STAFF);
        CurrentUser me = access.current();
        return rows.of(groups.visible(tenantId, me.hasAnyRole(Roles.LEADS), userOf(me),
                SearchPatterns.contains(search), OffsetLimit.of(offset, limit, Sort.unsorted())));
    }

    @Transactional(readOnly = true)
    public long countGroups(String search) {
        long tenantId = access.requireBuyer(Roles.STAFF);
        CurrentUser me = access.current();
        return groups.countVisible(tenantId, me.hasAnyRole(Roles.LEADS), userOf(me), SearchPatterns.contains(search));
    }

    @Transactional(readOnly = true)
    public List<GroupSummary> forProject(long projectId) {
        long tenantId = access.requireBuyer(Roles.LEADS);
        return rows.of(groups.findByTenantIdAndProjectIdOrderByName(tenantId, projectId));
    }

    /** A user without an account id (none today) matches no membership. */
    private static long userOf(CurrentUser me) {
        return me.userId() == null ? -1 : me.userId();
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
        group.setMandate(form.mandate().validated(MANDATE, time.today()));
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
        ProjectLabels.@Nullable Label project = representation.project(group);
        return new GroupDetails(group.id(), group.getVersion(), group.getName(), group.getKind(), scope(group, project),
                group.getProjectId(), group.isFixed(), group.mandate(), rows,
                manage ? representation.missingUnits(group, list, unitNames, project) : List.of(), manage,
                gate.leadsOf(group),
                orgs.values().stream().map(TenantSummary::name).sorted().toList());
    }

    @Transactional
    public GroupDetails updateMandate(long groupId, long expectedVersion, Mandate mandate) {
        RefGroup group = gate.managed(groupId);
        group.requireVersion(expectedVersion);
        Mandate before = group.mandate();
        group.setMandate(mandate.validated(MANDATE, time.today()));
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

    /**
     * A page of the people who may join the group whose name or e-mail holds the text: colleagues, and the active
     * people of the tenants it invited. For a lazy, searchable picker.
     */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long groupId, String search, long offset, int limit) {
        return membership.candidates(groupId, search, offset, limit);
    }

    @Transactional(readOnly = true)
    public long countCandidates(long groupId, String search) {
        return membership.countCandidates(groupId, search);
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

    /** A page of the tenant's projects whose reference or title holds the text, for a lazy project picker. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> projectOptions(String search, long offset, int limit) {
        access.requireAnyRole(Roles.LEADS);
        return projects.search(new ProjectFilter(search, null, null), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countProjectOptions(String search) {
        access.requireAnyRole(Roles.LEADS);
        return projects.count(new ProjectFilter(search, null, null));
    }

    private static @Nullable String scope(RefGroup g, ProjectLabels.@Nullable Label project) {
        if (project != null) {
            return project.text();
        }
        return g.getCategory() == null ? null : g.getCategory().name();
    }
}
