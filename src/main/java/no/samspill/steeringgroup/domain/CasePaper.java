package no.samspill.steeringgroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.samspill.platform.VersionedEntity;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.PaperForm;
import no.samspill.steeringgroup.SteeringRules;
import org.jspecify.annotations.Nullable;

/** A case paper with its number NN/YY (per group and year); meetings put it on their agenda when it is ready. */
@Entity
@Table(name = "case_paper")
public class CasePaper extends VersionedEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "case_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "case_seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "project_id")
    private @Nullable Long projectId;

    @Column(name = "addressed_to", nullable = false, length = SteeringRules.LINE_MAX)
    private String addressedTo = "";

    @Column(name = "from_text", nullable = false, length = SteeringRules.LINE_MAX)
    private String from = "";

    @Column(name = "paper_date", nullable = false)
    private LocalDate date = LocalDate.EPOCH;

    @Column(nullable = false)
    private boolean exempt;

    @Column(name = "legal_basis", nullable = false, length = SteeringRules.LEGAL_BASIS_MAX)
    private String legalBasis = "";

    @Column(nullable = false, length = SteeringRules.PAPER_TITLE_MAX)
    private String title = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String summary = "";

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String background = "";

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String considerations = "";

    @Column(name = "process_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String process = "";

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String assessment = "";

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String budget = "";

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String reputation = "";

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String checkpoints = "";

    /** The proposed conclusion, one numbered point per line. */
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String proposal = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind", length = 40)
    private @Nullable DecisionKind decisionKind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected CasePaper() {
    }

    public CasePaper(long groupId, int year, int seq, Instant createdAt) {
        this.groupId = groupId;
        this.year = year;
        this.seq = seq;
        this.createdAt = createdAt;
    }

    /** Sets the content; the caller has cleaned and checked it. */
    public void apply(PaperForm f) {
        this.addressedTo = f.addressedTo();
        this.from = f.from();
        this.date = f.date();
        this.exempt = f.exempt();
        this.legalBasis = f.legalBasis();
        this.title = f.title();
        this.summary = f.summary();
        this.background = f.background();
        this.considerations = f.considerations();
        this.process = f.process();
        this.assessment = f.assessment();
        this.budget = f.budget();
        this.reputation = f.reputation();
        this.checkpoints = f.checkpoints();
        this.proposal = String.join("\n", f.proposal());
        this.projectId = f.projectId();
        this.decisionKind = f.decisionKind();
    }

    public PaperForm form() {
        List<String> points = proposal.isEmpty() ? List.of() : Arrays.asList(proposal.split("\n"));
        return new PaperForm(addressedTo, from, date, exempt, legalBasis, title, summary, background, considerations,
                process, assessment, budget, reputation, checkpoints, points, projectId, decisionKind);
    }

    /** The case number as the seed writes it: 32/26. */
    public String number() {
        return number(seq, year);
    }

    /** The number of the paper with this sequence number in this year, for lists that read no entity. */
    public static String number(int seq, int year) {
        return seq + "/" + String.format("%02d", year % 100);
    }

    public long getGroupId() {
        return groupId;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public boolean isExempt() {
        return exempt;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable DecisionKind getDecisionKind() {
        return decisionKind;
    }

    public int getYear() {
        return year;
    }

    public int getSeq() {
        return seq;
    }
}
