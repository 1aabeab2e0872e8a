package no.samspill.knowledgebase.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.samspill.knowledgebase.CaseContent;
import no.samspill.knowledgebase.CaseKind;
import no.samspill.knowledgebase.CaseStatus;
import no.samspill.knowledgebase.Keyword;
import no.samspill.knowledgebase.KnowledgeRules;
import no.samspill.knowledgebase.ProcurementForm;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** One case of the shared collection; the contributing tenant owns it, region and code identify it. */
@Entity
@Table(name = "kb_case")
public class KnowledgeCase extends VersionedEntity {

    @Column(name = "contributor_tenant_id", nullable = false, updatable = false)
    private long contributorTenantId;

    @Column(nullable = false, length = KnowledgeRules.REGION_MAX)
    private String region = "";

    @Column(nullable = false, length = KnowledgeRules.CODE_MAX)
    private String code = "";

    @Column(nullable = false, length = KnowledgeRules.TITLE_MAX)
    private String title = "";

    @Column(nullable = false, length = KnowledgeRules.AREA_MAX)
    private String area = "";

    @Column(name = "short_description", nullable = false, columnDefinition = "TEXT")
    private String shortDescription = "";

    @Column(name = "value_elements", nullable = false, columnDefinition = "TEXT")
    private String valueElements = "";

    @ElementCollection
    @CollectionTable(name = "kb_case_keyword", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "keyword", nullable = false, length = 1)
    @Enumerated(EnumType.STRING)
    private Set<Keyword> keywords = EnumSet.noneOf(Keyword.class);

    @Column(name = "procurement_text", nullable = false, columnDefinition = "TEXT")
    private String procurementText = "";

    @Column(name = "procurement_form", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private ProcurementForm procurementForm = ProcurementForm.OTHER;

    @Column(name = "eforms_procedure", length = 20)
    private @Nullable String eformsProcedure;

    @ElementCollection
    @CollectionTable(name = "kb_case_company", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseCompany> companies = new ArrayList<>();

    @Column(nullable = false, columnDefinition = "TEXT")
    private String challenges = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String results = "";

    @Column(name = "case_year")
    private @Nullable Integer year;

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private CaseKind kind = CaseKind.INNOVATIVE_PROCUREMENT;

    @Column(nullable = false, length = 12)
    @Enumerated(EnumType.STRING)
    private CaseStatus status = CaseStatus.DRAFT;

    @Column(name = "review_note", nullable = false, length = 500)
    private String reviewNote = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected KnowledgeCase() {
    }

    public KnowledgeCase(long contributorTenantId, CaseStatus status) {
        this.contributorTenantId = contributorTenantId;
        this.status = status;
    }

    /** Takes the (checked) content; the companies come already matched to their supplier tenants. */
    public void apply(CaseContent c, List<CaseCompany> linkedCompanies, String note, Instant now) {
        region = c.region();
        code = c.code();
        title = c.title();
        area = c.area();
        shortDescription = c.shortDescription();
        valueElements = c.valueElements();
        keywords.clear();
        keywords.addAll(c.keywords());
        procurementText = c.procurementText();
        procurementForm = c.formOrClassified();
        eformsProcedure = procurementForm.eformsCode();
        companies.clear();
        companies.addAll(linkedCompanies);
        challenges = c.challenges();
        results = c.results();
        year = c.year();
        kind = c.kind();
        reviewNote = note;
        updatedAt = now;
    }

    /** Replaces one text with an accepted correction, keeping everything else. */
    public void correct(no.samspill.knowledgebase.Correction.Field field, String text, Instant now) {
        switch (field) {
            case SHORT_DESCRIPTION -> shortDescription = text;
            case VALUE_ELEMENTS -> valueElements = text;
            case CHALLENGES -> challenges = text;
            case RESULTS -> results = text;
        }
        updatedAt = now;
    }

    public void setStatus(CaseStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public long getContributorTenantId() {
        return contributorTenantId;
    }

    public String getRegion() {
        return region;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getArea() {
        return area;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public String getValueElements() {
        return valueElements;
    }

    public Set<Keyword> getKeywords() {
        return keywords;
    }

    public String getProcurementText() {
        return procurementText;
    }

    public ProcurementForm getProcurementForm() {
        return procurementForm;
    }

    public @Nullable String getEformsProcedure() {
        return eformsProcedure;
    }

    public List<CaseCompany> getCompanies() {
        return companies;
    }

    public String getChallenges() {
        return challenges;
    }

    public String getResults() {
        return results;
    }

    public @Nullable Integer getYear() {
        return year;
    }

    public CaseKind getKind() {
        return kind;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
