package no.samspill.knowledgebase;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import no.samspill.knowledgebase.domain.CaseLinkEntity;
import no.samspill.knowledgebase.domain.CaseLinkRepository;
import no.samspill.knowledgebase.domain.CaseRepository;
import no.samspill.knowledgebase.domain.KnowledgeCase;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's links: its contributor adds the notices (Doffin, TED) by id, which every reader sees; a buyer's lead
 * links a case to one of the tenant's procurement projects, which only that tenant sees (a project is private).
 */
@Service
public class CaseLinkService {

    private final CaseLinkRepository links;
    private final CaseRepository cases;
    private final ProjectService projects;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    CaseLinkService(CaseLinkRepository links, CaseRepository cases, ProjectService projects, AccessPolicy access,
            AuditTrail audit, Clock clock) {
        this.links = links;
        this.cases = cases;
        this.projects = projects;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CaseLink> links(long caseId) {
        readable(caseId);
        long tenantId = tenantOrNone();
        return links.visible(caseId, tenantId, CaseLink.Kind.PROJECT).stream().map(CaseLinkEntity::toRecord).toList();
    }

    @Transactional
    public CaseLink addNotice(long caseId, CaseLink.Kind kind, String reference) {
        long tenantId = access.requireBuyerToSee(Roles.LEADS);
        KnowledgeCase c = cases.findById(caseId).filter(k -> k.getContributorTenantId() == tenantId)
                .orElseThrow(NotFoundException::new);
        String clean = reference.strip().toUpperCase(Locale.ROOT);
        if (kind == CaseLink.Kind.PROJECT || !kind.accepts(clean)) {
            throw new ValidationException("kb.link.error.reference");
        }
        return save(c, kind, clean, null, null, tenantId);
    }

    /** Links a case the user reads to a project of the user's tenant that the user leads or administers. */
    @Transactional
    public CaseLink linkProject(long caseId, long projectId) {
        long tenantId = access.requireBuyerToSee(Roles.LEADS);
        ProjectSummary project = projects.get(projectId);
        KnowledgeCase c = readable(caseId);
        return save(c, CaseLink.Kind.PROJECT, project.reference(), projectId, tenantId, tenantId);
    }

    /** The cases linked to the project that the user may read, for the project's tab. */
    @Transactional(readOnly = true)
    public List<CaseRow> casesOf(long projectId) {
        projects.get(projectId);
        long tenantId = tenantOrNone();
        List<Long> ids = links.casesOf(projectId);
        if (ids.isEmpty()) {
            return List.of();
        }
        return cases.loadAll(ids).stream().filter(c -> c.getStatus() == CaseStatus.PUBLISHED
                || c.getContributorTenantId() == tenantId).map(CaseIndexer::row).toList();
    }

    private CaseLink save(KnowledgeCase c, CaseLink.Kind kind, String reference, @Nullable Long projectId,
            @Nullable Long projectTenantId, long tenantId) {
        if (links.existsByCaseIdAndKindAndReference(c.id(), kind, reference)) {
            throw new ValidationException("kb.link.error.exists", reference);
        }
        CaseLinkEntity saved = links.save(new CaseLinkEntity(c.id(), kind, reference, projectId, projectTenantId,
                access.current().actorName(), clock.instant()));
        audit.recordIn(tenantId, "kb.link-added", "KnowledgeCase", c.id(), FieldChange.set("kind", kind),
                FieldChange.set("reference", reference));
        return saved.toRecord();
    }

    private KnowledgeCase readable(long caseId) {
        return cases.findReadable(caseId, tenantOrNone(), CaseStatus.PUBLISHED).orElseThrow(NotFoundException::new);
    }

    private long tenantOrNone() {
        CurrentUser me = access.current();
        return me.active().map(g -> g.tenantId()).orElse(-1L);
    }
}
