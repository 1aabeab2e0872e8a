package no.samspill.marketdialogue;

import no.samspill.platform.text.Formats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.marketdialogue.domain.AnswerRepository;
import no.samspill.marketdialogue.domain.DialogueAnswer;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.DialogueRepository;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.procurement.ProjectService;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantKind;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static no.samspill.platform.Lookups.present;

/** The buyer's side of a market dialogue: describe, invite, publish, extend the deadline, read responses. */
@Service
public class DialogueService {

    private final DialogueRepository dialogues;
    private final ParticipantRepository participants;
    private final AnswerRepository answers;
    private final Questionnaires questionnaires;
    private final DialogueLedger ledger;
    private final DialogueAccess access;
    private final ProjectService projects;
    private final TenantDirectory tenants;
    private final SupplierNames supplierNames;
    private final AuditTrail audit;
    private final DialogueNews news;
    private final Clock clock;

    DialogueService(DialogueRepository dialogues, ParticipantRepository participants, AnswerRepository answers,
            Questionnaires questionnaires, DialogueLedger ledger, DialogueAccess access, ProjectService projects,
            TenantDirectory tenants, SupplierNames supplierNames, AuditTrail audit, DialogueNews news, Clock clock) {
        this.dialogues = dialogues;
        this.participants = participants;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.ledger = ledger;
        this.access = access;
        this.projects = projects;
        this.tenants = tenants;
        this.supplierNames = supplierNames;
        this.audit = audit;
        this.news = news;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DialogueSummary> forProject(long projectId) {
        long tenantId = access.buyerTenant();
        projects.requireReadable(projectId);
        return summaries(dialogues.findByTenantIdAndProjectIdOrderByCreatedAtDesc(tenantId, projectId), tenantId);
    }

    /** Whether the current user works on the buyer side (the project page shows the dialogue tab by it). */
    @Transactional(readOnly = true)
    public boolean canManage() {
        try {
            access.buyerTenant();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A new draft dialogue with a deadline two weeks ahead at noon, to be described and filled in. */
    @Transactional
    public DialogueSummary create(long projectId, String title) {
        long tenantId = access.buyerTenant();
        String reference = projects.get(projectId).reference();
        String clean = validTitle(title);
        ZoneId zone = zone(tenantId);
        Instant deadline = LocalDateTime.of(LocalDateTime.now(clock.withZone(zone)).toLocalDate().plusDays(14),
                LocalTime.NOON).atZone(zone).toInstant();
        MarketDialogue d = dialogues.save(new MarketDialogue(tenantId, projectId, clean, deadline, clock.instant()));
        audit.recordIn(tenantId, "dialogue.created", "MarketDialogue", d.id(), FieldChange.set("title", clean),
                FieldChange.set("project", reference));
        return summary(d);
    }

    @Transactional(readOnly = true)
    public DialogueSummary get(long dialogueId) {
        return summary(access.asBuyer(dialogueId));
    }

    @Transactional(readOnly = true)
    public List<SectionView> questionnaire(long dialogueId) {
        access.asBuyer(dialogueId);
        return questionnaires.of(dialogueId);
    }

    /** Title, introduction, deadline and access; only while the dialogue is a draft. */
    @Transactional
    public DialogueSummary describe(long dialogueId, long expectedVersion, DialogueForm form) {
        MarketDialogue d = access.asBuyer(dialogueId);
        requireVersion(d, expectedVersion);
        if (d.isPublished()) {
            throw new ValidationException("dialogue.error.published");
        }
        String title = validTitle(form.title());
        String intro = form.introduction().strip();
        if (intro.length() > DialogueRules.INTRODUCTION_MAX) {
            throw new ValidationException("dialogue.error.introduction", DialogueRules.INTRODUCTION_MAX);
        }
        Instant deadline = futureDeadline(form.deadline(), zone(d.getTenantId()));
        List<FieldChange> changes = List.of(FieldChange.of("title", d.getTitle(), title),
                FieldChange.of("introduction", d.getIntroduction(), intro),
                FieldChange.of("deadline", d.getDeadline(), deadline),
                FieldChange.of("access", d.getAccessMode(), form.accessMode()));
        d.describe(title, intro, deadline, form.accessMode());
        dialogues.flush();
        audit.recordIn(d.getTenantId(), "dialogue.updated", "MarketDialogue", d.id(),
                changes.toArray(FieldChange[]::new));
        return summary(d);
    }

    /** A page of the suppliers whose name holds the text, for the lazy picker of whom to invite. */
    @Transactional(readOnly = true)
    public List<SupplierRef> supplierOptions(String search, long offset, int limit) {
        access.buyerTenant();
        return tenants.suppliers(search, offset, limit).stream().map(t -> new SupplierRef(t.id(), t.name())).toList();
    }

    @Transactional(readOnly = true)
    public long countSupplierOptions(String search) {
        access.buyerTenant();
        return tenants.countSuppliers(search);
    }

    @Transactional(readOnly = true)
    public List<SupplierRef> invited(long dialogueId) {
        access.asBuyer(dialogueId);
        return refs(participants.findByDialogueId(dialogueId).stream().filter(DialogueParticipant::isInvited)
                .map(DialogueParticipant::getSupplierTenantId).toList());
    }

    /** Invites supplier tenants; after publication each invitation is a contact and goes into the ledger. */
    @Transactional
    public List<SupplierRef> invite(long dialogueId, Set<Long> supplierTenantIds) {
        MarketDialogue d = access.asBuyer(dialogueId);
        if (!d.isOpenFor(clock.instant()) && d.isPublished()) {
            throw new ValidationException("dialogue.error.closed");
        }
        Map<Long, TenantSummary> found = tenants.summariesOf(supplierTenantIds);
        if (found.size() != supplierTenantIds.size()
                || found.values().stream().anyMatch(t -> t.kind() != TenantKind.SUPPLIER)) {
            throw new ValidationException("dialogue.error.not-supplier");
        }
        List<Long> added = new java.util.ArrayList<>();
        for (TenantSummary supplier : found.values()) {
            if (participants.findByDialogueIdAndSupplierTenantId(dialogueId, supplier.id()).isEmpty()) {
                added.add(supplier.id());
                news.joined(d, supplier.id(), supplier.name());
                participants.save(new DialogueParticipant(dialogueId, supplier.id(), true, d.getQuestionnaireVersion()));
                audit.recordIn(d.getTenantId(), "dialogue.supplier-invited", "MarketDialogue", d.id(),
                        FieldChange.set("supplier", supplier.name()));
                if (d.isPublished()) {
                    ledger.withOne(d.id(), LedgerKind.SUPPLIER_INVITED, supplier.id(), supplier.name());
                }
            }
        }
        news.invited(d, added);
        return invited(dialogueId);
    }

    @Transactional
    public DialogueSummary publish(long dialogueId, long expectedVersion) {
        MarketDialogue d = access.asBuyer(dialogueId);
        requireVersion(d, expectedVersion);
        if (d.isPublished()) {
            throw new ValidationException("dialogue.error.published");
        }
        if (Questionnaires.flatten(questionnaires.of(dialogueId)).isEmpty()) {
            throw new ValidationException("dialogue.error.no-questions");
        }
        if (!d.getDeadline().isAfter(clock.instant())) {
            throw new ValidationException("dialogue.error.deadline-past");
        }
        List<DialogueParticipant> invitedNow = participants.findByDialogueId(dialogueId);
        if (d.getAccessMode() == AccessMode.INVITED && invitedNow.isEmpty()) {
            throw new ValidationException("dialogue.error.no-suppliers");
        }
        d.publish(clock.instant());
        dialogues.flush();
        ledger.toAll(d.id(), LedgerKind.DIALOGUE_PUBLISHED, d.getTitle());
        Map<Long, TenantSummary> names = tenants.summariesOf(invitedNow.stream()
                .map(DialogueParticipant::getSupplierTenantId).toList());
        invitedNow.forEach(p -> ledger.withOne(d.id(), LedgerKind.SUPPLIER_INVITED, p.getSupplierTenantId(),
                present(names, p.getSupplierTenantId()).name()));
        news.invited(d, invitedNow.stream().map(DialogueParticipant::getSupplierTenantId).toList());
        audit.recordIn(d.getTenantId(), "dialogue.published", "MarketDialogue", d.id(),
                FieldChange.of("status", DialogueStatus.DRAFT, DialogueStatus.PUBLISHED));
        return summary(d);
    }

    /** A later deadline for everyone; recorded in the ledger as information shared with all. */
    @Transactional
    public DialogueSummary extendDeadline(long dialogueId, long expectedVersion, LocalDateTime newDeadline) {
        MarketDialogue d = access.asBuyer(dialogueId);
        requireVersion(d, expectedVersion);
        ZoneId zone = zone(d.getTenantId());
        Instant deadline = futureDeadline(newDeadline, zone);
        if (!deadline.isAfter(d.getDeadline())) {
            throw new ValidationException("dialogue.error.not-later");
        }
        Instant old = d.getDeadline();
        d.extendDeadline(deadline);
        dialogues.flush();
        if (d.isPublished()) {
            ledger.toAll(d.id(), LedgerKind.DEADLINE_CHANGED, Formats.stamp(old, zone) + " → "
                    + Formats.stamp(deadline, zone));
        }
        news.deadlineExtended(d);
        audit.recordIn(d.getTenantId(), "dialogue.deadline-extended", "MarketDialogue", d.id(),
                FieldChange.of("deadline", old, deadline));
        return summary(d);
    }

    @Transactional(readOnly = true)
    public ResponseMatrix matrix(long dialogueId) {
        DialogueAccess.Confidential confidential = access.asBuyerConfidential(dialogueId);
        List<DialogueParticipant> list = participants.findByDialogueId(dialogueId).stream()
                .filter(p -> !confidential.hides(p.id())).toList();
        Map<Long, String> names = supplierNames.byParticipant(dialogueId);
        List<ResponseColumn> columns = list.stream()
                .map(p -> new ResponseColumn(p.id(), names.getOrDefault(p.id(), "?"), p.isInvited(),
                        p.getStatus(), p.getSubmittedAt()))
                .sorted(Comparator.comparing(ResponseColumn::supplierName)).toList();
        Set<Long> submitted = list.stream().filter(p -> p.getStatus() == ParticipantStatus.SUBMITTED)
                .map(DialogueParticipant::id).collect(Collectors.toSet());
        Map<ResponseMatrix.CellKey, AnswerValue> cells = new HashMap<>();
        if (!submitted.isEmpty()) {
            for (DialogueAnswer a : answers.findByParticipantIdIn(submitted)) {
                cells.put(new ResponseMatrix.CellKey(a.getQuestionId(), a.getParticipantId()), Answers.view(a));
            }
        }
        return new ResponseMatrix(questionnaires.of(dialogueId), columns, cells);
    }

    @Transactional(readOnly = true)
    public List<LedgerRow> ledger(long dialogueId) {
        // the ledger names who was told what: the project's confidential material, behind its impartiality gate
        DialogueAccess.Confidential confidential = access.asBuyerConfidential(dialogueId);
        return ledger.rows(dialogueId, confidential.hiddenSuppliers());
    }

    /** The tenant's dialogues as a list shows them, counted in one grouped query for all of them. */
    private List<DialogueSummary> summaries(List<MarketDialogue> list, long tenantId) {
        if (list.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Object[]> counts = new java.util.HashMap<>();
        participants.counts(list.stream().map(MarketDialogue::id).toList()).forEach(r -> counts.put((Long) r[0], r));
        ZoneId zone = zone(tenantId);
        return list.stream().map(d -> {
            Object[] c = counts.get(d.id());
            int all = c == null ? 0 : ((Number) c[1]).intValue();
            int submitted = c == null || c[2] == null ? 0 : ((Number) c[2]).intValue();
            return new DialogueSummary(d.id(), d.getVersion(), d.getProjectId(), d.getTitle(), d.getIntroduction(),
                    d.getDeadline(), zone, d.getAccessMode(), d.getStatus(), d.getQuestionnaireVersion(),
                    d.getPublishedAt(), all, submitted);
        }).toList();
    }

    private DialogueSummary summary(MarketDialogue d) {
        List<DialogueParticipant> list = participants.findByDialogueId(d.id());
        int submitted = (int) list.stream().filter(p -> p.getStatus() == ParticipantStatus.SUBMITTED).count();
        return new DialogueSummary(d.id(), d.getVersion(), d.getProjectId(), d.getTitle(), d.getIntroduction(),
                d.getDeadline(), zone(d.getTenantId()), d.getAccessMode(), d.getStatus(), d.getQuestionnaireVersion(),
                d.getPublishedAt(), list.size(), submitted);
    }

    private List<SupplierRef> refs(Collection<Long> tenantIds) {
        return tenants.summariesOf(tenantIds).values().stream().map(t -> new SupplierRef(t.id(), t.name()))
                .sorted(Comparator.comparing(SupplierRef::name)).toList();
    }

    private ZoneId zone(long tenantId) {
        return tenants.zoneOf(tenantId);
    }

    private Instant futureDeadline(LocalDateTime local, ZoneId zone) {
        Instant deadline = local.truncatedTo(ChronoUnit.MINUTES).atZone(zone).toInstant();
        if (!deadline.isAfter(clock.instant())) {
            throw new ValidationException("dialogue.error.deadline-past");
        }
        return deadline;
    }

    private static String validTitle(String title) {
        String clean = title.strip();
        if (clean.length() < 3 || clean.length() > DialogueRules.TITLE_MAX) {
            throw new ValidationException("dialogue.error.title", DialogueRules.TITLE_MAX);
        }
        return clean;
    }

    private static void requireVersion(MarketDialogue d, long expectedVersion) {
        d.requireVersion(expectedVersion);
    }
}
