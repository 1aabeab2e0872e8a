package no.samspill.impartiality;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samspill.identity.DirectoryEntry;
import no.samspill.identity.PeopleDirectory;
import no.samspill.impartiality.domain.DeclarationAnswerRepository;
import no.samspill.impartiality.domain.Declaration;
import no.samspill.impartiality.domain.DeclarationAnswer;
import no.samspill.impartiality.domain.DeclarationRepository;
import no.samspill.impartiality.domain.ImpartialityRegister;
import no.samspill.impartiality.domain.RegisterRepository;
import no.samspill.marketdialogue.ProjectSuppliers;
import no.samspill.marketdialogue.SupplierRef;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.Roles;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.referencegroup.ProjectMembers;
import no.samspill.steeringgroup.ProjectOverseers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's register of declarations: opening it (which turns the project's gate on), asking more people to
 * declare, deciding on declared ties, and the export. The register is for the project's lead and the tenant's
 * admins, and for the steering chairs who decide on the lead's own ties.
 */
@Service
public class RegisterService {

    static final int REASON_MAX = 2000;

    private final AccessPolicy access;
    private final ProjectService projects;
    private final RegisterRepository registers;
    private final DeclarationRepository declarations;
    private final DeclarationAnswerRepository answers;
    private final RegisterReader reader;
    private final Roster roster;
    private final Deciders deciders;
    private final ProjectSuppliers dialogueSuppliers;
    private final ProjectMembers groupMembers;
    private final ProjectOverseers overseers;
    private final SupplierBook book;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DeclarationReminders reminders;
    private final Clock clock;

    RegisterService(AccessPolicy access, ProjectService projects, RegisterRepository registers,
            DeclarationRepository declarations, DeclarationAnswerRepository answers, RegisterReader reader,
            Roster roster, Deciders deciders, ProjectSuppliers dialogueSuppliers, ProjectMembers groupMembers,
            ProjectOverseers overseers, SupplierBook book, PeopleDirectory people, AuditTrail audit,
            ApplicationEventPublisher events, DeclarationReminders reminders, Clock clock) {
        this.overseers = overseers;
        this.reminders = reminders;
        this.access = access;
        this.projects = projects;
        this.registers = registers;
        this.declarations = declarations;
        this.answers = answers;
        this.reader = reader;
        this.roster = roster;
        this.deciders = deciders;
        this.dialogueSuppliers = dialogueSuppliers;
        this.groupMembers = groupMembers;
        this.book = book;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProjectRegister register(long projectId) {
        CurrentUser me = buyer();
        ProjectSummary project = projects.get(projectId);
        boolean manages = manages(me, project);
        if (!manages && !deciders.of(project, me.tenantId(), leadOr(project)).contains(me.personId())) {
            throw new ForbiddenException();
        }
        boolean open = registers.existsByProjectId(projectId);
        return new ProjectRegister(projectId, project.reference(), project.title(), open, manages,
                open ? reader.rows(project, me.tenantId(), me.personId()) : List.of());
    }

    /** Whether the user may open and manage the project's register (its lead, the tenant's admins). */
    @Transactional(readOnly = true)
    public boolean canManage(long projectId) {
        CurrentUser me = buyer();
        return manages(me, projects.get(projectId));
    }

    /**
     * Opens the register: from now on the project's confidential material needs a complete declaration. The
     * suppliers already taking part are copied in, and everyone on the roster is asked to declare.
     */
    @Transactional
    public ProjectRegister open(long projectId) {
        CurrentUser me = buyer();
        ProjectSummary project = managed(me, projectId);
        if (registers.existsByProjectId(projectId)) {
            throw new ValidationException("impartiality.error.register-open");
        }
        registers.save(new ImpartialityRegister(me.tenantId(), projectId, clock.instant(), me.actorName()));
        for (SupplierRef s : dialogueSuppliers.of(projectId)) {
            book.add(projectId, s.tenantId(), s.name());
        }
        RequestClearances.forgetProject(projectId);
        audit.recordIn(me.tenantId(), "impartiality.register-opened", "ProcurementProject", projectId,
                FieldChange.set("project", project.reference()));
        events.publishEvent(new ImpartialityEvents.DeclarationsRequested(me.tenantId(), projectId,
                project.reference(), List.copyOf(roster.of(project).keySet()), me.userId(), clock.instant()));
        return register(projectId);
    }

    /**
     * A page of the tenant's people whose name or e-mail holds the text, whom the lead may ask to declare (a hired
     * consultant, anyone not on the roster), for a lazy picker.
     */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> candidates(long projectId, String search, long offset, int limit) {
        CurrentUser me = buyer();
        managed(me, projectId);
        return people.activeMembers(List.of(me.tenantId()), search, offset, limit);
    }

    @Transactional(readOnly = true)
    public long countCandidates(long projectId, String search) {
        CurrentUser me = buyer();
        managed(me, projectId);
        return people.countActiveMembers(List.of(me.tenantId()), search);
    }

    /** Asks one more person of the tenant to declare for the project. */
    @Transactional
    public ProjectRegister addDeclarant(long projectId, long userId) {
        return addDeclarant(projectId, userId, false);
    }

    /**
     * Asks one more person of the tenant to declare; {@code external}: they are an external participant named on the
     * project (a hired consultant the tenant's admin invited as an outsider), and the register says so.
     */
    @Transactional
    public ProjectRegister addDeclarant(long projectId, long userId, boolean external) {
        CurrentUser me = buyer();
        ProjectSummary project = managed(me, projectId);
        if (!registers.existsByProjectId(projectId)) {
            throw new ValidationException("impartiality.error.no-register");
        }
        if (!people.isActiveMember(userId, me.tenantId())) {
            throw new ValidationException("impartiality.error.not-member");
        }
        java.util.Optional<Declaration> existing = declarations.findByProjectIdAndUserId(projectId, userId);
        if (external && existing.isPresent() && !existing.get().isExternal()) {
            existing.get().markExternal();
            audit.recordIn(me.tenantId(), "impartiality.declarant-added", "ProcurementProject", projectId,
                    FieldChange.set("person", existing.get().getUserName()), FieldChange.set("external", true));
        }
        if (existing.isEmpty()) {
            String name = people.names(List.of(userId)).getOrDefault(userId, "?");
            Declaration d = new Declaration(me.tenantId(), projectId, userId, name, me.actorName());
            if (external) {
                d.markExternal();
            }
            declarations.save(d);
            audit.recordIn(me.tenantId(), "impartiality.declarant-added", "ProcurementProject", projectId,
                    FieldChange.set("person", name), FieldChange.set("external", external));
            events.publishEvent(new ImpartialityEvents.DeclarationsRequested(me.tenantId(), projectId,
                    project.reference(), List.of(userId), me.userId(), clock.instant()));
        }
        return register(projectId);
    }

    /**
     * Reminds those whose declaration is missing or incomplete, now (the lead's button). The weekly job does the same;
     * a person hears at most once a week either way. Returns how many were owing.
     */
    @Transactional
    public int remindMissing(long projectId) {
        CurrentUser me = buyer();
        ProjectSummary project = managed(me, projectId);
        if (!registers.existsByProjectId(projectId)) {
            throw new ValidationException("impartiality.error.no-register");
        }
        int owing = reminders.remind(me.tenantId(), project);
        audit.recordIn(me.tenantId(), "impartiality.reminded", "ProcurementProject", projectId,
                FieldChange.set("project", project.reference()), FieldChange.set("people", owing));
        return owing;
    }

    /**
     * Decides on a declared tie, with a reason. Disqualified for the procurement: the gate stays shut for the person
     * and their memberships of the project's reference groups end. For named suppliers: those suppliers' material
     * stays hidden from them. Two deciders at once: the later gets the concurrent-edit message.
     */
    @Transactional
    public ProjectRegister decide(long declarationId, long expectedVersion, Decision decision, String reason,
            Set<Long> supplierTenantIds) {
        CurrentUser me = buyer();
        Declaration d = declarations.findById(declarationId).filter(x -> x.getTenantId() == me.tenantId())
                .orElseThrow(NotFoundException::new);
        ProjectSummary project = projects.get(d.getProjectId());
        if (d.getUserId() == me.personId()
                || !deciders.of(project, me.tenantId(), d.getUserId()).contains(me.personId())) {
            throw new ForbiddenException();
        }
        if (!d.isSigned() || !d.hasTies()) {
            throw new ValidationException("impartiality.error.no-tie");
        }
        String why = reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw ValidationException.about(List.of("reason"), "impartiality.error.reason", REASON_MAX);
        }
        d.requireVersion(expectedVersion);
        List<DeclarationAnswer> given = answers.findByDeclarationIdOrderBySupplierName(d.id());
        Set<Long> known = new HashSet<>();
        given.forEach(a -> known.add(a.getSupplierTenantId()));
        if (decision == Decision.DISQUALIFIED_FOR_SUPPLIERS
                && (supplierTenantIds.isEmpty() || !known.containsAll(supplierTenantIds))) {
            throw ValidationException.about(List.of("suppliers"), "impartiality.error.suppliers");
        }
        for (DeclarationAnswer a : given) {
            a.exclude(decision == Decision.DISQUALIFIED_FOR_SUPPLIERS
                    && supplierTenantIds.contains(a.getSupplierTenantId()));
        }
        d.decide(decision, why, me.actorName(), clock.instant());
        RequestClearances.forgetProject(d.getProjectId());
        // the version check above saw the row as it was read; the flush makes a parallel decision fail here
        declarations.flush();
        int ended = decision == Decision.DISQUALIFIED ? groupMembers.endMemberships(d.getProjectId(), d.getUserId())
                + overseers.endMemberships(d.getProjectId(), d.getUserId()) : 0;
        List<String> named = new ArrayList<>();
        given.stream().filter(DeclarationAnswer::isExcluded).forEach(a -> named.add(a.getSupplierName()));
        audit.recordIn(me.tenantId(), "impartiality.decided", "Declaration", d.id(),
                FieldChange.set("project", project.reference()), FieldChange.set("person", d.getUserName()),
                FieldChange.set("decision", decision.name()), FieldChange.set("reason", why),
                FieldChange.set("suppliers", String.join(", ", named)), FieldChange.set("memberships", ended));
        events.publishEvent(new ImpartialityEvents.TieDecided(me.tenantId(), d.getProjectId(), project.reference(),
                d.id(), d.getUserId(), decision, me.userId(), clock.instant()));
        return register(d.getProjectId());
    }

    /** The register as a spreadsheet, read now and written when the file is. */
    @Transactional(readOnly = true)
    public PreparedFile xlsx(long projectId, Translator t) {
        ProjectRegister register = register(projectId);
        // signing times in the tenant's zone with the zone named, as the ledger's and the audit log's exports
        ZoneId zone = projects.timeZone();
        return out -> RegisterExport.write(register, zone, t, out);
    }

    private ProjectSummary managed(CurrentUser me, long projectId) {
        ProjectSummary project = projects.get(projectId);
        if (!manages(me, project)) {
            throw new ForbiddenException();
        }
        return project;
    }

    private static boolean manages(CurrentUser me, ProjectSummary project) {
        return me.hasAnyRole(Role.TENANT_ADMIN) || (me.hasAnyRole(Role.PROCUREMENT_LEAD)
                && project.leadUserId() != null && project.leadUserId() == me.personId());
    }

    private static long leadOr(ProjectSummary project) {
        return project.leadUserId() == null ? 0L : project.leadUserId();
    }

    private CurrentUser buyer() {
        access.requireBuyerToSee(Roles.STAFF);
        return access.current();
    }
}
