package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.StatusColour;
import org.jspecify.annotations.Nullable;

/** One status report for one period; never changed, so the history of every period stays as it was reported. */
@Entity
@Table(name = "initiative_status")
public class StatusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private long initiativeId;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6, updatable = false)
    private StatusColour colour = StatusColour.GREEN;

    @Column(nullable = false, updatable = false)
    private String reason = "";

    @Column(nullable = false, updatable = false)
    private String measures = "";

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt = Instant.EPOCH;

    @Column(name = "reported_by", nullable = false, updatable = false, length = 254)
    private String reportedBy = "";

    protected StatusEntry() {
    }

    public StatusEntry(long initiativeId, LocalDate periodStart, StatusColour colour, String reason, String measures,
            Instant reportedAt, String reportedBy) {
        // yellow and red tell the board something is off: without the why, the colour alone helps nobody
        if (colour != StatusColour.GREEN && reason.isBlank()) {
            throw new ValidationException("portfolio.error.reason-required");
        }
        this.initiativeId = initiativeId;
        this.periodStart = periodStart;
        this.colour = colour;
        this.reason = reason;
        this.measures = measures;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public StatusColour getColour() {
        return colour;
    }

    public String getReason() {
        return reason;
    }

    public String getMeasures() {
        return measures;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }
}
