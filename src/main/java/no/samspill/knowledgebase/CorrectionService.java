package no.samspill.knowledgebase;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.knowledgebase.domain.CaseCompany;
import no.samspill.knowledgebase.domain.CaseRepository;
import no.samspill.knowledgebase.domain.CorrectionEntity;
import no.samspill.knowledgebase.domain.CorrectionRepository;
import no.samspill.knowledgebase.domain.KnowledgeCase;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.Roles;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections by the companies a published case names: a supplier tenant linked to the case proposes a new text
 * for one field, with a reason; the contributing tenant's leads accept it (the text replaces the case's, and the
 * search sees it) or reject it with a note. A supplier sees its own proposals only; nobody else sees any.
 */
@Service
public class CorrectionService {

    private final CorrectionRepository corrections;
    private final CaseRepository cases;
    private final CaseIndexer indexer;
    private final TenantDirectory directory;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    CorrectionService(CorrectionRepository corrections, CaseRepository cases, CaseIndexer indexer,
            TenantDirectory directory, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.corrections = corrections;
        this.cases = cases;
        this.indexer = indexer;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user acts for a company the published case names, and so may propose a correction. */
    @Transactional(readOnly = true)
    public boolean canPropose(long caseId) {
        CurrentUser me = access.current();
        return me.active().isPresent() && !me.isBuyer() && me.hasAnyRole(Role.SUPPLIER_USER, Role.TENANT_ADMIN)
                && named(published(caseId), me.tenantId());
    }

    @Transactional
    public Correction propose(long caseId, Correction.Field field, String text, String reason) {
        CurrentUser me = access.current();
        KnowledgeCase c = published(caseId);
        if (me.active().isEmpty() || me.isBuyer() || !me.hasAnyRole(Role.SUPPLIER_USER, Role.TENANT_ADMIN)
                || !named(c, me.tenantId())) {
            throw new NotFoundException();
        }
        String clean = Texts.clean(text, 1, KnowledgeRules.TEXT_MAX, "kb.correction.error.text");
        String why = Texts.clean(reason, 3, 500, "kb.correction.error.reason");
        if (clean.contains("<script") || clean.toLowerCase(java.util.Locale.ROOT).contains("javascript:")) {
            throw new ValidationException("kb.error.script");
        }
        CorrectionEntity e = corrections.save(new CorrectionEntity(caseId, me.tenantId(), field, clean, why,
                me.actorName(), clock.instant()));
        audit.recordIn(me.tenantId(), "kb.correction-proposed", "KnowledgeCase", caseId,
                FieldChange.set("field", field), FieldChange.set("reason", why));
        return e.toRecord(me.active().map(g -> g.tenantName()).orElse(""));
    }

    /** The case's proposals the user may see: all for its contributor's leads, its own for a named company. */
    @Transactional(readOnly = true)
    public List<Correction> corrections(long caseId) {
        CurrentUser me = access.current();
        if (me.active().isEmpty()) {
            return List.of();
        }
        KnowledgeCase c = cases.findReadable(caseId, me.tenantId(), CaseStatus.PUBLISHED)
                .orElseThrow(NotFoundException::new);
        List<CorrectionEntity> list;
        if (c.getContributorTenantId() == me.tenantId() && me.hasAnyRole(Roles.LEADS)) {
            list = corrections.findByCaseIdOrderById(caseId);
        } else if (!me.isBuyer()) {
            list = corrections.findByCaseIdAndSupplierTenantIdOrderById(caseId, me.tenantId());
        } else {
            return List.of();
        }
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = directory.summariesOf(list.stream().map(CorrectionEntity::getSupplierTenantId)
                .collect(Collectors.toSet())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().name()));
        return list.stream().map(e -> e.toRecord(names.getOrDefault(e.getSupplierTenantId(), ""))).toList();
    }

    @Transactional
    public Correction accept(long correctionId, long version) {
        return decide(correctionId, version, Correction.Status.ACCEPTED, "");
    }

    @Transactional
    public Correction reject(long correctionId, long version, String note) {
        return decide(correctionId, version, Correction.Status.REJECTED,
                Texts.clean(note, 3, 500, "kb.correction.error.note"));
    }

    private Correction decide(long correctionId, long version, Correction.Status to, String note) {
        long tenantId = access.requireBuyerToSee(Roles.LEADS);
        CorrectionEntity e = corrections.findById(correctionId).orElseThrow(NotFoundException::new);
        KnowledgeCase c = cases.findById(e.getCaseId()).filter(k -> k.getContributorTenantId() == tenantId)
                .orElseThrow(NotFoundException::new);
        e.requireVersion(version);
        if (e.getStatus() != Correction.Status.PROPOSED) {
            throw new ValidationException("kb.correction.error.decided");
        }
        e.decide(to, note, access.current().actorName(), clock.instant());
        if (to == Correction.Status.ACCEPTED) {
            c.correct(e.getField(), e.getProposed(), clock.instant());
            indexer.afterCommit(c);
        }
        corrections.flush();
        audit.recordIn(tenantId, to == Correction.Status.ACCEPTED ? "kb.correction-accepted"
                : "kb.correction-rejected", "KnowledgeCase", c.id(), FieldChange.set("field", e.getField()));
        String supplier = directory.tenant(e.getSupplierTenantId()).map(TenantSummary::name).orElse("");
        return e.toRecord(supplier);
    }

    private KnowledgeCase published(long caseId) {
        return cases.findById(caseId).filter(c -> c.getStatus() == CaseStatus.PUBLISHED)
                .orElseThrow(NotFoundException::new);
    }

    private static boolean named(KnowledgeCase c, long tenantId) {
        Set<Long> named = c.getCompanies().stream().map(CaseCompany::getSupplierTenantId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return named.contains(tenantId);
    }
}
