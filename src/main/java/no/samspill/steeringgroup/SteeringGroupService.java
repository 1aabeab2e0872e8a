package no.samspill.steeringgroup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.actionplan.PlanSummary;
import no.samspill.identity.Colleague;
import no.samspill.identity.ColleagueService;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.Mandate;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.Roles;
import no.samspill.platform.time.TenantTime;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectOption;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.steeringgroup.domain.DecisionPoint;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringGroupRepository;
import no.samspill.steeringgroup.domain.SteeringMember;
import no.samspill.steeringgroup.domain.SteeringMemberRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steering groups of the active (buyer) tenant: the tenant admin sets them up; admins, chair and secretary keep
 * the mandate, the members and the projects under oversight. Taking a project under oversight adds the default
 * decision point of seed 001 B1.1: the needs analysis approved before the tender.
 */
@Service
public class SteeringGroupService {

    private static final Mandate.Messages MANDATE = new Mandate.Messages("steering.error.period",
            "steering.error.purpose", "steering.error.approver", "steering.error.approved-on");

    private final SteeringAccess access;
    private final SteeringGroupRepository groups;
    private final SteeringMemberRepository members;
    private final DecisionPointRepository points;
    private final ProjectService projects;
    private final ActionPlanService actionPlans;
    private final ColleagueService colleagues;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TenantTime time;
    private final GroupDetailsReader detailsReader;
    private final ProjectDecisionsReader projectDecisions;

    SteeringGroupService(GroupDetailsReader detailsReader, ProjectDecisionsReader projectDecisions,
            SteeringAccess access, SteeringGroupRepository groups, SteeringMemberRepository members,
            DecisionPointRepository points, ProjectService projects, ActionPlanService actionPlans, ColleagueService colleagues,
            PeopleDirectory people, AuditTrail audit, ApplicationEventPublisher events, Clock clock, TenantTime time) {
        this.detailsReader = detailsReader;
        this.projectDecisions = projectDecisions;
        this.access = access;
        this.groups = groups;
        this.members = members;
        this.points = points;
        this.projects = projects;
        this.actionPlans = actionPlans;
        this.colleagues = colleagues;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<SteeringGroupSummary> groups() {
        long tenantId = access.buyerTenant(Roles.STAFF);
        CurrentUser me = access.current();
        List<SteeringGroup> visible = me.hasAnyRole(Role.TENANT_ADMIN) ? groups.findByTenantIdOrderByName(tenantId)
                : me.userId() == null ? List.of() : groups.findWithMember(tenantId, me.userId());
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Long> ids = visible.stream().map(SteeringGroup::id).toList();
        Map<Long, Long> active = counts(members.activeCounts(ids));
        Map<Long, Long> overseen = counts(points.projectCounts(ids));
        return visible.stream().map(g -> new SteeringGroupSummary(g.id(), g.getName(),
                active.getOrDefault(g.id(), 0L).intValue(), overseen.getOrDefault(g.id(), 0L).intValue())).toList();
    }

    @Transactional(readOnly = true)
    public boolean canCreate() {
        CurrentUser me = access.current();
        return me.hasAnyRole(Role.TENANT_ADMIN);
    }

    @Transactional
    public SteeringGroupDetails create(String name, Mandate mandate) {
        return create(name, mandate, GroupKind.STEERING);
    }

    /** A group of the given kind; a portfolio board is set up like any other group, by the tenant admin. */
    @Transactional
    public SteeringGroupDetails create(String name, Mandate mandate, GroupKind kind) {
        long tenantId = access.buyerTenant(Set.of(Role.TENANT_ADMIN));
        String clean = Texts.clean(name, SteeringRules.NAME_MIN, SteeringRules.NAME_MAX, "steering.error.name");
        if (groups.existsByTenantIdAndNameIgnoreCase(tenantId, clean)) {
            throw new ValidationException("steering.error.name-taken", clean);
        }
        SteeringGroup group = new SteeringGroup(tenantId, clean, kind, clock.instant());
        group.setMandate(mandate.validated(MANDATE, time.today()));
        groups.save(group);
        audit.recordIn(tenantId, "steering.created", "SteeringGroup", group.id(), FieldChange.set("name", clean));
        return details(group.id());
    }

    @Transactional(readOnly = true)
    public SteeringGroupDetails details(long groupId) {
        return detailsReader.details(access.read(groupId));
    }

    @Transactional
    public SteeringGroupDetails updateMandate(long groupId, long expectedVersion, Mandate mandate) {
        SteeringGroup group = access.manage(groupId).group();
        group.requireVersion(expectedVersion);
        Mandate before = group.mandate();
        group.setMandate(mandate.validated(MANDATE, time.today()));
        groups.flush();
        audit.recordIn(group.getTenantId(), "steering.mandate-changed", "SteeringGroup", groupId,
                FieldChange.of("purpose", before.purpose(), group.mandate().purpose()),
                FieldChange.of("approvedBy", before.approvedBy(), group.mandate().approvedBy()));
        return details(groupId);
    }

    /**
     * Adds a member. Members read the group's exempt papers, so nobody adds themselves (an admin would open them to
     * themselves): another admin or the chair does it. The chair is told of every change.
     */
    @Transactional
    public SteeringGroupDetails addMember(long groupId, long userId, SteeringRole role, LocalDate joinedOn) {
        // the group row is locked, so the same person added twice at once does not get two active memberships
        groups.lockById(groupId).orElseThrow(NotFoundException::new);
        SteeringGroup group = access.manage(groupId).group();
        CurrentUser me = access.current();
        if (Objects.equals(me.userId(), userId)) {
            throw new ValidationException("steering.error.self-add");
        }
        // a member sits under the group's mandate, so they cannot join before it begins or after it ends
        if (!group.mandate().covers(joinedOn)) {
            throw new ValidationException("steering.error.joined-outside-mandate");
        }
        Colleague colleague = colleagues.find(userId)
                .orElseThrow(() -> new ValidationException("steering.error.user"));
        if (members.existsByGroupIdAndUserIdAndTenureLeftOnIsNull(groupId, userId)) {
            throw new ValidationException("steering.error.already-member", colleague.displayName());
        }
        members.saveAndFlush(new SteeringMember(groupId, userId, role, joinedOn));
        audit.recordIn(group.getTenantId(), "steering.member-added", "SteeringGroup", groupId,
                FieldChange.set("memberUserId", userId), FieldChange.set("member", colleague.displayName()),
                FieldChange.set("role", role), FieldChange.set("joinedOn", joinedOn));
        told(group, userId, SteeringMembershipChanged.Change.ADDED, role);
        return details(groupId);
    }

    @Transactional
    public SteeringGroupDetails endMembership(long memberId, long expectedVersion, LocalDate leftOn) {
        SteeringMember member = members.findById(memberId).orElseThrow(NotFoundException::new);
        SteeringGroup group = access.manage(member.getGroupId()).group();
        member.requireVersion(expectedVersion);
        member.leave(leftOn, today());
        members.flush();
        audit.recordIn(group.getTenantId(), "steering.member-left", "SteeringGroup", group.id(),
                FieldChange.set("memberUserId", member.getUserId()),
                FieldChange.set("member", people.names(List.of(member.getUserId())).get(member.getUserId())),
                FieldChange.set("leftOn", leftOn));
        told(group, member.getUserId(), SteeringMembershipChanged.Change.LEFT, member.getRole());
        return details(group.id());
    }

    /** Tells the chair (through the notifications module, which listens) who joined or left. */
    private void told(SteeringGroup group, long userId, SteeringMembershipChanged.Change change, SteeringRole role) {
        CurrentUser me = access.current();
        List<Long> chairs = members.findByGroupId(group.id()).stream()
                .filter(m -> m.isActive() && m.getRole() == SteeringRole.CHAIR).map(SteeringMember::getUserId)
                .toList();
        events.publishEvent(new SteeringMembershipChanged(group.getTenantId(), group.id(), group.getName(), userId,
                change, role, me.userId(), me.actorName(), clock.instant(), chairs));
    }

    /**
     * Takes a project of the tenant under the group's oversight, with the default decision point: the needs
     * analysis must be approved by the group before the project may enter the tender phase.
     */
    @Transactional
    public SteeringGroupDetails oversee(long groupId, long projectId) {
        return addDecisionPoint(groupId, projectId, Phase.TENDER, DecisionKind.NEEDS_ANALYSIS_APPROVAL);
    }

    /**
     * Adds a decision point: the project may not enter the phase before the group has made a decision of the kind.
     * A project already in or past that phase cannot be held there any more, so such a point is refused.
     */
    @Transactional
    public SteeringGroupDetails addDecisionPoint(long groupId, long projectId, Phase beforePhase, DecisionKind kind) {
        SteeringGroup group = access.manage(groupId).group();
        ProjectSummary project = projects.get(projectId);
        if (project.phase().compareTo(beforePhase) >= 0) {
            throw new ValidationException("steering.error.point-passed", project.reference());
        }
        if (points.existsByGroupIdAndProjectIdAndBeforePhaseAndKind(groupId, projectId, beforePhase, kind)) {
            throw new ValidationException("steering.error.already-overseen", project.reference());
        }
        points.save(new DecisionPoint(groupId, projectId, beforePhase, kind));
        audit.recordIn(group.getTenantId(), "steering.project-overseen", "SteeringGroup", groupId,
                FieldChange.set("project", project.reference()),
                FieldChange.set("decisionPoint", kind), FieldChange.set("beforePhase", beforePhase));
        return details(groupId);
    }

    /** Puts an action plan of the tenant under the group's oversight; its items go on the package's status pages. */
    @Transactional
    public SteeringGroupDetails overseePlan(long groupId, long planId) {
        SteeringGroup group = access.manage(groupId).group();
        PlanSummary plan = actionPlans.plan(planId);
        if (!group.oversee(planId)) {
            throw new ValidationException("steering.error.already-overseen", plan.title());
        }
        groups.flush();
        audit.recordIn(group.getTenantId(), "steering.plan-overseen", "SteeringGroup", groupId,
                FieldChange.set("plan", plan.title()));
        return details(groupId);
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> planOptions() {
        access.buyerTenant(Roles.STAFF);
        return actionPlans.plans();
    }

    /**
     * The decision points of a project and the decisions about it, for anyone who may read the project. A decision
     * on an exempt paper shows only to members of its group, and so does a point's state when it rests on one.
     */
    @Transactional(readOnly = true)
    public ProjectDecisions forProject(long projectId) {
        return projectDecisions.forProject(projectId);
    }

    /** A further page of the decisions about the project, as {@link #forProject} reads its first. */
    @Transactional(readOnly = true)
    public List<DecisionRow> projectDecisions(long projectId, long offset, int limit) {
        return projectDecisions.decisions(projectId, offset, limit);
    }

    @Transactional(readOnly = true)
    public List<Colleague> memberOptions() {
        return memberOptions("", 0, Integer.MAX_VALUE);
    }

    /** A page of the colleagues who may be added, for the lazy picker; nobody adds themselves (see addMember). */
    @Transactional(readOnly = true)
    public List<Colleague> memberOptions(String search, long offset, int limit) {
        access.buyerTenant(Roles.STAFF);
        return colleagues.search(search, access.current().userId(), offset, limit);
    }

    /** A page of the tenant's projects for the lazy project combo boxes (paged and filtered in SQL). */
    @Transactional(readOnly = true)
    public List<ProjectOption> projectOptions(String text, long offset, int limit) {
        access.buyerTenant(Roles.STAFF);
        return projects.projectOptions(text, offset, limit);
    }

    @Transactional(readOnly = true)
    public long countProjectOptions(String text) {
        access.buyerTenant(Roles.STAFF);
        return projects.countProjectOptions(text);
    }

    /** The project a paper names, for its combo box's value; empty when the user may no longer read it. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProjectOption> projectOption(long projectId) {
        access.buyerTenant(Roles.STAFF);
        return java.util.Optional.ofNullable(projects.refs(List.of(projectId)).get(projectId));
    }

    /** [id, count] rows as a map. */
    static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Today in the active tenant's zone; views ask here because they talk only to services. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return time.today();
    }

    /** The active tenant's zone, in which meetings are shown and dates are typed. */
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return time.zone();
    }
}
