package no.samspill.knowledgebase;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Set;
import no.samspill.knowledgebase.domain.CaseRepository;
import no.samspill.knowledgebase.domain.KnowledgeCase;
import no.samspill.knowledgebase.search.CaseSearch;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared case collection. Every logged-in user, suppliers included, reads and searches the published cases
 * (the collection is public); a buyer tenant's leads contribute cases and write their own drafts; anybody else's
 * draft is "not found". Every change is audited, and reaches the search index after it commits.
 */
@Service
public class KnowledgeService {

    private final CaseRepository cases;
    private final CaseSearch search;
    private final CaseIndexer indexer;
    private final SupplierLinks links;
    private final BenefitService benefits;
    private final CaseSheetPdf sheets;
    private final ProjectService projects;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    KnowledgeService(CaseRepository cases, CaseSearch search, CaseIndexer indexer, SupplierLinks links,
            BenefitService benefits, CaseSheetPdf sheets, ProjectService projects, AccessPolicy access,
            AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.benefits = benefits;
        this.sheets = sheets;
        this.cases = cases;
        this.search = search;
        this.indexer = indexer;
        this.links = links;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may contribute cases: a lead or admin acting in a buyer tenant. */
    @Transactional(readOnly = true)
    public boolean canContribute() {
        CurrentUser me = access.current();
        return me.isBuyer() && me.hasAnyRole(Roles.LEADS);
    }

    @Transactional(readOnly = true)
    public CaseQuery.Result search(CaseQuery query) {
        access.current();
        return search.search(query);
    }

    /** Published cases like the text, for a project's "similar cases". */
    @Transactional(readOnly = true)
    public List<CaseRow> similar(String text, int limit) {
        access.current();
        return search.moreLikeThis(text, limit);
    }

    @Transactional(readOnly = true)
    public CaseDetails caseOf(long caseId) {
        long tenantId = readerTenant();
        return details(cases.findReadable(caseId, tenantId, CaseStatus.PUBLISHED).orElseThrow(NotFoundException::new),
                tenantId);
    }

    /** The case as a PDF/A sheet, with its confirmed figures, rendered in this transaction. */
    @Transactional(readOnly = true)
    public PreparedFile caseSheet(long caseId, Translator t) {
        CaseDetails c = caseOf(caseId);
        List<BenefitFigure> confirmed = benefits.figures(caseId).stream()
                .filter(f -> f.status() == BenefitFigure.Status.CONFIRMED).toList();
        return sheets.render(c, confirmed, t);
    }

    /** The tenant's own drafts, newest first. */
    @Transactional(readOnly = true)
    public List<CaseRow> myDrafts() {
        CurrentUser me = access.current();
        if (!me.isBuyer() || !me.hasAnyRole(Roles.LEADS)) {
            return List.of();
        }
        return cases.findByContributorTenantIdAndStatusOrderByUpdatedAtDesc(me.tenantId(), CaseStatus.DRAFT)
                .stream().map(CaseIndexer::row).toList();
    }

    @Transactional
    public CaseDetails create(CaseContent content) {
        long tenantId = access.requireBuyer(Roles.LEADS);
        CaseContent clean = CaseValidation.check(content);
        if (cases.findByRegionAndCode(clean.region(), clean.code()).isPresent()) {
            throw new ValidationException("kb.error.code-taken", clean.code());
        }
        KnowledgeCase c = new KnowledgeCase(tenantId, CaseStatus.DRAFT);
        c.apply(clean, links.link(clean.companies()), "", clock.instant());
        cases.save(c);
        benefits.propose(c);
        audit.recordIn(tenantId, "kb.case-created", "KnowledgeCase", c.id(), FieldChange.set("code", clean.code()),
                FieldChange.set("title", clean.title()));
        indexer.afterCommit(c);
        return details(c, tenantId);
    }

    /**
     * A draft prefilled from a procurement project that reached contract management, for its lead: the project's
     * title, description and category, the tenant as region, the next free A code there. The results come later.
     */
    @Transactional
    public CaseDetails draftFromProject(long projectId, String area) {
        CurrentUser me = access.current();
        access.requireBuyer(Roles.LEADS);
        // read again through the project's own service: its access check, and the phase as it is now
        ProjectSummary project = projects.get(projectId);
        if (project.phase() != Phase.CONTRACT_MANAGEMENT || project.leadUserId() == null
                || project.leadUserId() != me.personId()) {
            throw new ValidationException("kb.error.not-ready");
        }
        String region = me.active().map(g -> g.tenantName()).orElse("");
        int next = cases.codesIn(region).stream().filter(code -> code.startsWith("A"))
                .mapToInt(code -> Integer.parseInt(code.substring(1))).max().orElse(0) + 1;
        String title = project.title().length() > KnowledgeRules.TITLE_MAX
                ? project.title().substring(0, KnowledgeRules.TITLE_MAX) : project.title();
        return create(new CaseContent(region, "A" + next, title, area, project.description(), "", Set.of(), "", null,
                List.of(), "", "", Year.now(clock).getValue(), CaseKind.INNOVATIVE_PROCUREMENT));
    }

    /** Saves a draft of the user's tenant; a change made on an older copy is refused. */
    @Transactional
    public CaseDetails update(long caseId, long version, CaseContent content) {
        long tenantId = access.requireBuyerToSee(Roles.LEADS);
        KnowledgeCase c = own(caseId, tenantId);
        if (c.getStatus() != CaseStatus.DRAFT) {
            throw new ValidationException("kb.error.not-draft");
        }
        c.requireVersion(version);
        CaseContent clean = CaseValidation.check(content);
        cases.findByRegionAndCode(clean.region(), clean.code()).filter(other -> other.id() != caseId)
                .ifPresent(other -> {
                    throw new ValidationException("kb.error.code-taken", clean.code());
                });
        String oldTitle = c.getTitle();
        String oldCode = c.getCode();
        c.apply(clean, links.link(clean.companies()), c.getReviewNote(), clock.instant());
        benefits.propose(c);
        audit.recordIn(tenantId, "kb.case-updated", "KnowledgeCase", caseId,
                FieldChange.of("code", oldCode, clean.code()), FieldChange.of("title", oldTitle, clean.title()));
        cases.flush();
        indexer.afterCommit(c);
        return details(c, tenantId);
    }

    @Transactional
    public CaseDetails publish(long caseId, long version) {
        return move(caseId, version, CaseStatus.DRAFT, CaseStatus.PUBLISHED, "kb.case-published");
    }

    /** Takes the tenant's published case back to a draft, to correct it. */
    @Transactional
    public CaseDetails withdraw(long caseId, long version) {
        return move(caseId, version, CaseStatus.PUBLISHED, CaseStatus.DRAFT, "kb.case-withdrawn");
    }

    private CaseDetails move(long caseId, long version, CaseStatus from, CaseStatus to, String action) {
        long tenantId = access.requireBuyerToSee(Roles.LEADS);
        KnowledgeCase c = own(caseId, tenantId);
        c.requireVersion(version);
        if (c.getStatus() != from) {
            throw new ValidationException("kb.error.status");
        }
        c.setStatus(to, clock.instant());
        audit.recordIn(tenantId, action, "KnowledgeCase", caseId, FieldChange.of("status", from, to));
        cases.flush();
        indexer.afterCommit(c);
        return details(c, tenantId);
    }

    private KnowledgeCase own(long caseId, long tenantId) {
        return cases.findById(caseId).filter(c -> c.getContributorTenantId() == tenantId)
                .orElseThrow(NotFoundException::new);
    }

    /** The reader's tenant, or none (a platform admin without one reads published cases only). */
    private long readerTenant() {
        return access.current().active().map(g -> g.tenantId()).orElse(-1L);
    }

    static CaseDetails details(KnowledgeCase c, long readerTenantId) {
        CaseContent content = new CaseContent(c.getRegion(), c.getCode(), c.getTitle(), c.getArea(),
                c.getShortDescription(), c.getValueElements(), c.getKeywords(), c.getProcurementText(),
                c.getProcurementForm(), c.getCompanies().stream().map(x -> x.getName()).toList(), c.getChallenges(),
                c.getResults(), c.getYear(), c.getKind());
        return new CaseDetails(c.id(), c.getVersion(), content, c.getProcurementForm(), c.getEformsProcedure(),
                c.getCompanies().stream().map(x -> new CaseDetails.CompanyLink(x.getName(), x.getSupplierTenantId()))
                        .toList(), c.getStatus(), c.getReviewNote(), c.getUpdatedAt(),
                c.getContributorTenantId() == readerTenantId);
    }
}
