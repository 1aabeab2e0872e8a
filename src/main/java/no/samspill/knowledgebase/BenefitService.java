package no.samspill.knowledgebase;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samspill.knowledgebase.domain.Benefit;
import no.samspill.knowledgebase.domain.BenefitRepository;
import no.samspill.knowledgebase.domain.CaseRepository;
import no.samspill.knowledgebase.domain.KnowledgeCase;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benefit figures as structured facts: proposed from a case's results when it is imported or saved, and shown to
 * readers only once a lead of the contributing tenant confirmed them (amount, unit and what it measures, which the
 * person may correct). A rejected figure is not proposed again.
 */
@Service
public class BenefitService {

    private final BenefitRepository benefits;
    private final CaseRepository cases;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    BenefitService(BenefitRepository benefits, CaseRepository cases, AccessPolicy access, AuditTrail audit,
            Clock clock) {
        this.benefits = benefits;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's figures: every one for its contributor's leads, the confirmed ones for everybody else. */
    @Transactional(readOnly = true)
    public List<BenefitFigure> figures(long caseId) {
        CurrentUser me = access.current();
        long tenantId = me.active().map(g -> g.tenantId()).orElse(-1L);
        KnowledgeCase c = cases.findReadable(caseId, tenantId, CaseStatus.PUBLISHED)
                .orElseThrow(NotFoundException::new);
        boolean decides = c.getContributorTenantId() == tenantId && me.hasAnyRole(Roles.LEADS);
        return benefits.findByCaseIdOrderById(caseId).stream().map(Benefit::toFigure)
                .filter(f -> decides || f.status() == BenefitFigure.Status.CONFIRMED).toList();
    }

    @Transactional
    public BenefitFigure confirm(long benefitId, long version, BigDecimal amount, BenefitUnit unit,
            String measures) {
        return decide(benefitId, version, BenefitFigure.Status.CONFIRMED, amount, unit, measures);
    }

    @Transactional
    public BenefitFigure reject(long benefitId, long version) {
        Benefit b = own(benefitId);
        BenefitFigure f = b.toFigure();
        return decide(benefitId, version, BenefitFigure.Status.REJECTED, f.amount(), f.unit(), f.measures());
    }

    private BenefitFigure decide(long benefitId, long version, BenefitFigure.Status to, BigDecimal amount,
            BenefitUnit unit, String measures) {
        Benefit b = own(benefitId);
        b.requireVersion(version);
        if (amount.signum() < 0 || amount.compareTo(new BigDecimal("1000000000000")) > 0) {
            throw new ValidationException("kb.benefit.error.amount");
        }
        String clean = Texts.clean(measures, 3, BenefitFigures.MEASURES_MAX, "kb.benefit.error.measures");
        CurrentUser me = access.current();
        b.decide(to, amount, unit, clean, me.actorName(), clock.instant());
        benefits.flush();
        audit.recordIn(me.tenantId(), to == BenefitFigure.Status.CONFIRMED ? "kb.benefit-confirmed"
                : "kb.benefit-rejected", "KnowledgeCase", b.getCaseId(), FieldChange.set("figure",
                b.getSourceText()), FieldChange.set("measures", clean));
        return b.toFigure();
    }

    private Benefit own(long benefitId) {
        long tenantId = access.requireBuyerToSee(Roles.LEADS);
        Benefit b = benefits.findById(benefitId).orElseThrow(NotFoundException::new);
        cases.findById(b.getCaseId()).filter(c -> c.getContributorTenantId() == tenantId)
                .orElseThrow(NotFoundException::new);
        return b;
    }

    /** Proposes the figures the case's results name that it has not had yet (for the services that save it). */
    void propose(KnowledgeCase c) {
        Set<String> known = new HashSet<>();
        benefits.findByCaseIdOrderById(c.id()).forEach(b -> known.add(b.getSourceText()));
        for (BenefitFigures.Found f : BenefitFigures.find(c.getResults())) {
            if (f.sourceText().length() <= 60 && known.add(f.sourceText())) {
                benefits.save(new Benefit(c.id(), f.sourceText(), f.amount(), f.unit(), f.measures()));
            }
        }
    }
}
