package no.samspill.impartiality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samspill.impartiality.domain.DeclarationAnswerRepository;
import no.samspill.impartiality.domain.Declaration;
import no.samspill.impartiality.domain.DeclarationAnswer;
import no.samspill.impartiality.domain.DeclarationRepository;
import no.samspill.impartiality.domain.ProjectSupplier;
import no.samspill.impartiality.domain.RegisterRepository;
import no.samspill.impartiality.domain.SupplierRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in user's own declaration for a project: the form with the project's suppliers, and signing it. Only
 * the person themself signs: a declaration for someone else is refused. Buyer side only.
 */
@Service
public class DeclarationService {

    static final int DETAILS_MAX = 2000;
    static final int FREE_TEXT_MAX = 4000;

    private final AccessPolicy access;
    private final ProjectService projects;
    private final TemplateService templates;
    private final RegisterRepository registers;
    private final DeclarationRepository declarations;
    private final DeclarationAnswerRepository answers;
    private final SupplierRepository suppliers;
    private final Deciders deciders;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeclarationService(AccessPolicy access, ProjectService projects, TemplateService templates,
            RegisterRepository registers, DeclarationRepository declarations, DeclarationAnswerRepository answers,
            SupplierRepository suppliers, Deciders deciders, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.projects = projects;
        this.templates = templates;
        this.registers = registers;
        this.declarations = declarations;
        this.answers = answers;
        this.suppliers = suppliers;
        this.deciders = deciders;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DeclarationForm form(long projectId, Locale locale) {
        CurrentUser me = buyer();
        ProjectSummary project = projects.get(projectId);
        Optional<Declaration> mine = declarations.findByProjectIdAndUserId(projectId, me.personId());
        Map<Long, DeclarationAnswer> given = new HashMap<>();
        mine.ifPresent(d -> answers.findByDeclarationIdOrderBySupplierName(d.id())
                .forEach(a -> given.put(a.getSupplierTenantId(), a)));
        List<SupplierAnswer> rows = suppliers.findByProjectIdOrderBySupplierName(projectId).stream().map(s -> {
            DeclarationAnswer a = given.get(s.getSupplierTenantId());
            return a == null ? new SupplierAnswer(s.getSupplierTenantId(), s.getSupplierName(), false, Set.of(), null)
                    : new SupplierAnswer(s.getSupplierTenantId(), s.getSupplierName(), true, a.getKinds(),
                            a.getDetails());
        }).toList();
        long uncovered = rows.stream().filter(r -> !r.answered()).count();
        return new DeclarationForm(projectId, project.reference(), project.title(), me.personId(), me.displayName(),
                registers.existsByProjectId(projectId), templates.current(locale), rows,
                mine.map(d -> Deciders.status(d, uncovered)).orElse(DeclarationStatus.MISSING),
                mine.map(Declaration::getSignedAt).orElse(null),
                mine.map(Declaration::getTemplateId).map(templates::number).orElse(null),
                mine.map(Declaration::isNoTies).orElse(false), mine.map(Declaration::getFreeText).orElse(null),
                mine.map(Declaration::getDecision).orElse(null));
    }

    /**
     * Signs the user's declaration after the confirmation step, with the time and the template version. Refused:
     * someone else's declaration, no confirmation, an old template, no confidentiality undertaking, a supplier not
     * answered for, a tie without kinds or explanation.
     */
    @Transactional
    public DeclarationForm sign(long projectId, DeclarationInput input, Locale locale) {
        CurrentUser me = buyer();
        ProjectSummary project = projects.get(projectId);
        if (input.declarantUserId() != me.personId()) {
            throw new ValidationException("impartiality.error.on-behalf");
        }
        if (!registers.existsByProjectId(projectId)) {
            throw new ValidationException("impartiality.error.no-register");
        }
        if (!input.confirmed()) {
            throw new ValidationException("impartiality.error.not-confirmed");
        }
        if (input.templateId() != templates.currentFor(me.tenantId()).id()) {
            throw new ValidationException("impartiality.error.template-changed");
        }
        if (!input.confidentialityAccepted()) {
            throw ValidationException.about(List.of("confidentiality"), "impartiality.error.confidentiality");
        }
        List<ProjectSupplier> taking = suppliers.findByProjectIdOrderBySupplierName(projectId);
        Map<Long, AnswerInput> byId = answersOf(input, taking);
        String freeText = input.freeText().strip();
        if (freeText.length() > FREE_TEXT_MAX) {
            throw ValidationException.about(List.of("freeText"), "impartiality.error.free-text", FREE_TEXT_MAX);
        }
        Declaration d = declarations.findByProjectIdAndUserId(projectId, me.personId()).orElseGet(() ->
                declarations.save(new Declaration(me.tenantId(), projectId, me.personId(), me.displayName(), null)));
        List<DeclarationAnswer> before = answers.findByDeclarationIdOrderBySupplierName(d.id());
        List<DeclarationAnswer> after = new ArrayList<>();
        for (ProjectSupplier s : taking) {
            AnswerInput a = byId.getOrDefault(s.getSupplierTenantId(), AnswerInput.noTie(s.getSupplierTenantId()));
            after.add(new DeclarationAnswer(d.id(), s.getSupplierTenantId(), s.getSupplierName(), a.kinds(),
                    a.kinds().isEmpty() ? null : a.details().strip()));
        }
        boolean hasTies = after.stream().anyMatch(DeclarationAnswer::isTie);
        boolean sameTies = sameTies(before, after);
        // what a decision named stays excluded when the ties are the ones decided on
        Set<Long> excluded = new HashSet<>();
        before.stream().filter(DeclarationAnswer::isExcluded).forEach(a -> excluded.add(a.getSupplierTenantId()));
        answers.deleteOf(d.id());
        d.sign(input.templateId(), clock.instant(), SignatureMethod.PORTAL_CONFIRMATION, input.noTies(), hasTies,
                freeText.isEmpty() ? null : freeText, sameTies);
        for (DeclarationAnswer a : after) {
            a.exclude(sameTies && excluded.contains(a.getSupplierTenantId()));
            answers.save(a);
        }
        declarations.flush();
        // the audit names counts, never the ties' details: the log is read by the tenant's admins
        audit.recordIn(me.tenantId(), "impartiality.signed", "Declaration", d.id(),
                FieldChange.set("project", project.reference()),
                FieldChange.set("template", templates.number(input.templateId())),
                FieldChange.set("suppliers", after.size()),
                FieldChange.set("ties", after.stream().filter(DeclarationAnswer::isTie).count()));
        if (hasTies && d.getDecision() == null) {
            events.publishEvent(new ImpartialityEvents.TieDeclared(me.tenantId(), projectId, project.reference(),
                    d.id(), List.copyOf(deciders.of(project, me.tenantId(), me.personId())), me.userId(),
                    clock.instant()));
        }
        RequestClearances.forgetProject(projectId);
        return form(projectId, locale);
    }

    private static Map<Long, AnswerInput> answersOf(DeclarationInput input, List<ProjectSupplier> taking) {
        Map<Long, AnswerInput> byId = new HashMap<>();
        for (AnswerInput a : input.answers()) {
            byId.put(a.supplierTenantId(), a);
        }
        Set<Long> known = new HashSet<>();
        taking.forEach(s -> known.add(s.getSupplierTenantId()));
        if (!known.containsAll(byId.keySet())) {
            throw new ValidationException("impartiality.error.unknown-supplier");
        }
        if (input.noTies()) {
            if (byId.values().stream().anyMatch(a -> !a.kinds().isEmpty())) {
                throw ValidationException.about(List.of("noTies"), "impartiality.error.no-ties-conflict");
            }
            Map<Long, AnswerInput> all = new HashMap<>();
            known.forEach(id -> all.put(id, AnswerInput.noTie(id)));
            return all;
        }
        List<String> unanswered = taking.stream().filter(s -> !byId.containsKey(s.getSupplierTenantId()))
                .map(s -> "supplier-" + s.getSupplierTenantId()).toList();
        if (!unanswered.isEmpty()) {
            throw ValidationException.about(unanswered, "impartiality.error.unanswered", unanswered.size());
        }
        for (AnswerInput a : byId.values()) {
            String details = a.details().strip();
            if (!a.kinds().isEmpty() && (details.isEmpty() || details.length() > DETAILS_MAX)) {
                throw ValidationException.about(List.of("details-" + a.supplierTenantId()),
                        "impartiality.error.details", DETAILS_MAX);
            }
        }
        return byId;
    }

    private static boolean sameTies(List<DeclarationAnswer> before, List<DeclarationAnswer> after) {
        List<DeclarationAnswer> a = before.stream().filter(DeclarationAnswer::isTie).toList();
        List<DeclarationAnswer> b = after.stream().filter(DeclarationAnswer::isTie).toList();
        return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(x::sameAs));
    }

    private CurrentUser buyer() {
        access.requireBuyerToSee(Roles.STAFF);
        return access.current();
    }
}
