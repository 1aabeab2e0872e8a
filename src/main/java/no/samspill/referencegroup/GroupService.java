package no.samspill.referencegroup;

import no.samspill.platform.Mandate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samspill.identity.Colleague;
import no.samspill.identity.ColleagueService;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Role;
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
import no.samspill.tenancy.UnitKind;
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

    private static final Role[] LEADS = {Role.TENANT_ADMIN, Role.PROCUREMENT_LEAD};
    private static final Role[] READERS = {Role.TENANT_ADMIN, Role.PROCUREMENT_LEAD, Role.MEMBER};

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

    GroupService(RefGroupRepository groups, RefGroupMemberRepository members, ProjectService projects,
            TenantService tenants, ColleagueService colleagues, PeopleDirectory people, TenantDirectory directory,
            AccessPolicy access, AuditTrail audit, Clock clock, TenantTime time) {
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
        long tenantId = buyer(READERS);
        CurrentUser me = access.current();
        Map<Long, RefGroup> visible = new java.util.LinkedHashMap<>();
        if (me.hasAnyRole(LEADS)) {
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
        long tenantId = buyer(LEADS);
        return groups.findByTenantIdAndProjectIdOrderByName(tenantId, projectId).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public boolean canCreate() {
        return access.current().hasAnyRole(LEADS) && tenants.activeTenant().kind().isBuyer();
    }

    /**
     * Today in the active tenant's zone: the default for joining and leaving dates. Views ask the service, not
     * {@link TenantTime}, because views talk only to their feature's services (ARCHITECTURE rule 1).
     */
    public LocalDate today() {
        return time.today();
    }

    @Transactional
    public GroupDetails create(GroupForm form) {
        long tenantId = buyer(LEADS);
        String name = Texts.clean(form.name(), 3, 200, "group.error.name");
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
        group.setMandate(valid(form.mandate()));
        groups.save(group);
        audit.recordIn(tenantId, "group.created", "RefGroup", group.id(), FieldChange.set("name", name),
                FieldChange.set("kind", form.kind()));
        return details(group.id());
    }

    @Transactional(readOnly = true)
    public GroupDetails details(long groupId) {
        RefGroup group = visible(groupId);
        // The representation check is a warning for those who can act on it: the lead and the chair.
        boolean manage = canManage(group);
        List<RefGroupMember> list = members.findByGroupId(groupId);
        Map<Long, String> unitNames = unitNames(group);
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
                manage ? missingUnits(group, list, unitNames) : List.of(), manage, leadsOf(group),
                orgs.values().stream().map(TenantSummary::name).sorted().toList());
    }

    @Transactional
    public GroupDetails updateMandate(long groupId, long expectedVersion, Mandate mandate) {
        RefGroup group = managed(groupId);
        if (group.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        Mandate before = group.mandate();
        group.setMandate(valid(mandate));
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
        // the group row is locked, so the same person added twice at once does not get two active memberships
        groups.lockById(groupId);
        RefGroup group = managed(groupId);
        // the member acts from the group's own tenant, or from an invited one they are an active member of
        long memberTenant = org(group, userId).orElseThrow(() -> new ValidationException("group.error.user"));
        String name = people.names(List.of(userId)).getOrDefault(userId, "–");
        @Nullable String unitName = unitId == null ? null : directory.unitOf(memberTenant, unitId)
                .map(UnitSummary::name).orElseThrow(() -> new ValidationException("group.error.unit"));
        if (members.existsByGroupIdAndUserIdAndLeftOnIsNull(groupId, userId)) {
            throw new ValidationException("group.error.already-member", name);
        }
        RefGroupMember member = members.save(new RefGroupMember(groupId, userId, memberTenant, unitId, role,
                joinedOn));
        audit.recordIn(group.getTenantId(), "group.member-added", "RefGroup", groupId,
                FieldChange.set("member", name), FieldChange.set("role", role),
                FieldChange.set("unit", unitName));
        return details(member.getGroupId());
    }

    @Transactional
    public GroupDetails endMembership(long memberId, long expectedVersion, LocalDate leftOn) {
        RefGroupMember member = members.findById(memberId).orElseThrow(NotFoundException::new);
        RefGroup group = managed(member.getGroupId());
        if (member.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (!member.isActive() || leftOn.isBefore(member.getJoinedOn()) || leftOn.isAfter(today())) {
            throw new ValidationException("group.error.left-on");
        }
        member.leave(leftOn);
        members.flush();
        audit.recordIn(group.getTenantId(), "group.member-left", "RefGroup", group.id(),
                FieldChange.set("member", people.names(List.of(member.getUserId())).getOrDefault(member.getUserId(),
                        String.valueOf(member.getUserId()))), FieldChange.set("leftOn", leftOn));
        return details(group.id());
    }

    /** Invites another buyer tenant, whose people the group can then take in as members. */
    @Transactional
    public GroupDetails inviteTenant(long groupId, long tenantId) {
        RefGroup group = ownedByMyTenant(groupId);
        TenantSummary tenant = invitableTenants(groupId).stream().filter(t -> t.id() == tenantId).findFirst()
                .orElseThrow(() -> new ValidationException("group.error.tenant"));
        group.invite(tenantId);
        groups.flush();
        audit.recordIn(group.getTenantId(), "group.tenant-invited", "RefGroup", groupId,
                FieldChange.set("tenant", tenant.name()));
        return details(groupId);
    }

    /** Buyer tenants the group has not invited yet (suppliers never take part in groups). */
    @Transactional(readOnly = true)
    public List<TenantSummary> invitableTenants(long groupId) {
        RefGroup group = ownedByMyTenant(groupId);
        return directory.buyers().stream().filter(t -> t.id() != group.getTenantId()
                && !group.getInvitedTenants().contains(t.id())).toList();
    }

    /** People who may join the group: colleagues, and the active people of the tenants it invited. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long groupId) {
        RefGroup group = managed(groupId);
        // the owner's people first; a chair from an invited tenant sees the same list as the owner's lead
        List<Long> tenantIds = new java.util.ArrayList<>(List.of(group.getTenantId()));
        tenantIds.addAll(group.getInvitedTenants());
        Map<Long, TenantSummary> orgs = directory.summariesOf(tenantIds);
        return tenantIds.stream().flatMap(t -> Stream.ofNullable(orgs.get(t)).flatMap(org -> people.activeMembers(t)
                .stream().map(c -> new Candidate(c.userId(), c.displayName(), c.email(), t, org.name())))).toList();
    }

    /** Units a member from the given tenant (the group's own or an invited one) may represent. */
    @Transactional(readOnly = true)
    public List<UnitSummary> unitOptions(long groupId, long tenantId) {
        RefGroup group = managed(groupId);
        if (tenantId != group.getTenantId() && !group.getInvitedTenants().contains(tenantId)) {
            throw new ValidationException("group.error.unit");
        }
        return directory.units(tenantId);
    }

    @Transactional(readOnly = true)
    public List<Colleague> memberOptions() {
        access.requireAnyRole(READERS);
        return colleagues.all();
    }

    @Transactional(readOnly = true)
    public List<UnitSummary> unitOptions() {
        access.requireAnyRole(READERS);
        return tenants.units();
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> projectOptions() {
        access.requireAnyRole(LEADS);
        return projects.search(ProjectFilter.ALL, 0, 1000);
    }

    /** Affected units without an active representative: the project's units, or for a council all units. */
    private List<String> missingUnits(RefGroup group, List<RefGroupMember> list, Map<Long, String> unitNames) {
        Set<Long> affected = new java.util.HashSet<>(group.getKind() == GroupKind.REFERENCE_GROUP
                && group.getProjectId() != null && group.getTenantId() == access.current().tenantId()
                ? projects.get(group.getProjectId()).units().stream().map(UnitSummary::id).toList()
                : healthTrusts(group.getTenantId()));
        // an invited region takes part with all its health trusts
        group.getInvitedTenants().forEach(t -> affected.addAll(healthTrusts(t)));
        // a member who joins on a later day represents nobody yet
        LocalDate today = today();
        Set<Long> represented = list.stream().filter(RefGroupMember::isActive)
                .filter(m -> !m.getJoinedOn().isAfter(today)).map(RefGroupMember::getUnitId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return affected.stream().filter(u -> !represented.contains(u)).map(unitNames::get).filter(Objects::nonNull)
                .sorted().toList();
    }

    private List<Long> healthTrusts(long tenantId) {
        return directory.units(tenantId).stream().filter(u -> u.kind() == UnitKind.HEALTH_TRUST)
                .map(UnitSummary::id).toList();
    }

    /** Unit names of the group's tenant and of the tenants it invited (unit ids are unique across tenants). */
    private Map<Long, String> unitNames(RefGroup group) {
        Map<Long, String> names = new java.util.HashMap<>(directory.unitNames(group.getTenantId()));
        group.getInvitedTenants().forEach(t -> names.putAll(directory.unitNames(t)));
        return names;
    }

    /** The tenant a user would act from as a member: the group's own, or an invited one they belong to. */
    private Optional<Long> org(RefGroup group, long userId) {
        if (people.isActiveMember(userId, group.getTenantId())) {
            return Optional.of(group.getTenantId());
        }
        return group.getInvitedTenants().stream().filter(t -> people.isActiveMember(userId, t)).findFirst();
    }

    private GroupSummary summary(RefGroup g) {
        List<RefGroupMember> list = members.findByGroupId(g.id());
        Map<Long, String> unitNames = unitNames(g);
        return new GroupSummary(g.id(), g.getName(), g.getKind(), scope(g), g.isFixed(),
                (int) list.stream().filter(RefGroupMember::isActive).count(),
                canManage(g) ? missingUnits(g, list, unitNames).size() : 0);
    }

    private @Nullable String scope(RefGroup g) {
        if (g.getProjectId() != null && g.getTenantId() == access.current().tenantId()) {
            ProjectSummary p = projects.get(g.getProjectId());
            return p.reference() + " " + p.title();
        }
        return g.getCategory() == null ? null : g.getCategory().name();
    }

    /**
     * The group, when the user may see it: leads and admins of its tenant, or someone who is or was a member of it
     * from the tenant they are acting in (the invitation of that tenant is the grant).
     */
    RefGroup visible(long groupId) {
        // a supplier or a user without a reader role gets the answer of a missing id: no grant, no existence
        long tenantId = access.requireAnyRoleToSee(READERS);
        if (!tenants.activeTenant().kind().isBuyer()) {
            throw new NotFoundException();
        }
        RefGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        CurrentUser me = access.current();
        // the group's own leads, or someone who is or was a member acting from the tenant they joined from
        if (!leadsOf(group) && members.findByGroupId(groupId).stream()
                .noneMatch(m -> Objects.equals(m.getUserId(), me.userId()) && m.getTenantId() == tenantId)) {
            throw new NotFoundException();
        }
        return group;
    }

    record Active(RefGroup group, RefGroupMember membership) {
    }

    /** The current user's active memberships in the active tenant; none outside a buyer tenant. */
    List<Active> activeMemberships() {
        CurrentUser me = access.current();
        if (me.userId() == null || !me.hasAnyRole(READERS) || !tenants.activeTenant().kind().isBuyer()) {
            return List.of();
        }
        long userId = me.userId();
        return groups.findWithMember(me.tenantId(), userId).stream().flatMap(g -> members.findByGroupId(g.id())
                .stream().filter(m -> m.isActive() && m.getUserId() == userId && m.getTenantId() == me.tenantId())
                .limit(1).map(m -> new Active(g, m))).toList();
    }

    /** Whether the user leads procurements or administers the group's own tenant, acting in it now. */
    boolean leadsOf(RefGroup group) {
        CurrentUser me = access.current();
        return me.hasAnyRole(LEADS) && group.getTenantId() == me.tenantId();
    }

    /** The current user's active membership of the group from the tenant they act in, if any. */
    Optional<RefGroupMember> activeMembership(long groupId) {
        CurrentUser me = access.current();
        return members.findByGroupId(groupId).stream().filter(m -> m.isActive()
                && Objects.equals(m.getUserId(), me.userId()) && m.getTenantId() == me.tenantId()).findFirst();
    }

    /** The name of a unit of the tenant the user acts in (a member's own unit). */
    @Nullable String unitName(@Nullable Long unitId) {
        return unitId == null ? null : directory.unitOf(access.current().tenantId(), unitId).map(UnitSummary::name)
                .orElse(null);
    }

    /** Groups belong to buyer tenants only: a supplier's admin has the roles but never reaches a group. */
    private long buyer(Role... roles) {
        long tenantId = access.requireAnyRole(roles);
        if (!tenants.activeTenant().kind().isBuyer()) {
            throw new ForbiddenException();
        }
        return tenantId;
    }

    /**
     * The last day a viewer may read meetings up to: null while they are a lead, an admin or an active member; for
     * a former member, the day they left (they keep what they took part in, not what came after).
     */
    @Nullable LocalDate readUntil(RefGroup group) {
        CurrentUser me = access.current();
        if (leadsOf(group)) {
            return null;
        }
        List<RefGroupMember> mine = members.findByGroupId(group.id()).stream()
                .filter(m -> Objects.equals(m.getUserId(), me.userId()) && m.getTenantId() == me.tenantId())
                .toList();
        if (mine.stream().anyMatch(RefGroupMember::isActive)) {
            return null;
        }
        return mine.stream().map(RefGroupMember::getLeftOn).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
    }

    /** The group, when the user may run it: leads and admins of the tenant, or its active chair. */
    RefGroup managed(long groupId) {
        RefGroup group = visible(groupId);
        if (!canManage(group)) {
            throw new ForbiddenException();
        }
        return group;
    }

    private boolean canManage(RefGroup group) {
        return leadsOf(group) || activeMembership(group.id()).filter(m -> m.getRole() == GroupRole.CHAIR)
                .isPresent();
    }

    /** The group, when the user leads procurements in its own tenant: only the owner invites other tenants. */
    private RefGroup ownedByMyTenant(long groupId) {
        RefGroup group = visible(groupId);
        if (!leadsOf(group)) {
            throw new ForbiddenException();
        }
        return group;
    }

    private static Mandate valid(Mandate m) {
        if (m.from() != null && m.to() != null && m.to().isBefore(m.from())) {
            throw new ValidationException("group.error.period");
        }
        return new Mandate(Texts.clean(m.purpose(), 0, 10_000, "group.error.purpose"),
                Texts.clean(m.approvedBy(), 0, 200, "group.error.approver"), Texts.clean(m.approverRole(), 0, 200,
                "group.error.approver"), m.approvedOn(), m.from(), m.to());
    }

}
