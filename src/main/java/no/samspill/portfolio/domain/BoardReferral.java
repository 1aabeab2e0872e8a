package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.samspill.platform.VersionedEntity;
import no.samspill.portfolio.ReferralSubject;
import no.samspill.steeringgroup.DecisionOutcome;
import org.jspecify.annotations.Nullable;

/** A proposal or target picture version the portfolio sent to its board, the paper it became, and the outcome. */
@Entity
@Table(name = "board_referral")
public class BoardReferral extends VersionedEntity {

    @Column(name = "portfolio_id", nullable = false, updatable = false)
    private long portfolioId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ReferralSubject subject = ReferralSubject.INITIATIVE;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "paper_id", nullable = false, updatable = false)
    private long paperId;

    @Column(name = "paper_number", nullable = false, updatable = false, length = 20)
    private String paperNumber = "";

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt = Instant.EPOCH;

    @Column(name = "sent_by", nullable = false, updatable = false, length = 254)
    private String sentBy = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable DecisionOutcome outcome;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String reason = "";

    @Column(name = "decided_on")
    private @Nullable LocalDate decidedOn;

    protected BoardReferral() {
    }

    public BoardReferral(long portfolioId, ReferralSubject subject, long subjectId, long paperId, String paperNumber,
            Instant sentAt, String sentBy) {
        this.portfolioId = portfolioId;
        this.subject = subject;
        this.subjectId = subjectId;
        this.paperId = paperId;
        this.paperNumber = paperNumber;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    /** The board's outcome; a correction of the decision while the minutes are open settles it again. */
    public void settle(DecisionOutcome outcome, String reason, LocalDate decidedOn) {
        this.outcome = outcome;
        this.reason = reason;
        this.decidedOn = decidedOn;
    }

    public boolean open() {
        return outcome == null;
    }

    public long getPortfolioId() {
        return portfolioId;
    }

    public ReferralSubject getSubject() {
        return subject;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public long getPaperId() {
        return paperId;
    }

    public String getPaperNumber() {
        return paperNumber;
    }

    public @Nullable DecisionOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }
}
