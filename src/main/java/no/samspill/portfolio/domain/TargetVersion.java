package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.TargetState;
import org.jspecify.annotations.Nullable;

/**
 * One version of the target picture. Every change to its goals touches it, so its optimistic-lock version guards
 * the whole tree: two secretaries editing the same draft cannot overwrite each other.
 */
@Entity
@Table(name = "target_version")
public class TargetVersion extends VersionedEntity {

    @Column(name = "portfolio_id", nullable = false, updatable = false)
    private long portfolioId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TargetState state = TargetState.DRAFT;

    @Column(name = "adopted_at")
    private @Nullable Instant adoptedAt;

    @Column(name = "adopted_by", length = 254)
    private @Nullable String adoptedBy;

    @Column(name = "adopted_paper", length = 20)
    private @Nullable String adoptedPaper;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected TargetVersion() {
    }

    public TargetVersion(long portfolioId, int number, String title, Instant now) {
        this.portfolioId = portfolioId;
        this.number = number;
        this.title = title;
        this.updatedAt = now;
    }

    /** Only a draft changes; called before every change to the version or its goals, which it then stamps. */
    public void edit(Instant now) {
        if (state != TargetState.DRAFT) {
            throw new ValidationException("portfolio.error.not-draft");
        }
        updatedAt = now;
    }

    public void retitle(String title, Instant now) {
        edit(now);
        this.title = title;
    }

    /** Adopted by the board's decision on case paper {@code paper}. */
    public void adopt(String by, String paper, Instant now) {
        edit(now);
        state = TargetState.ADOPTED;
        adoptedAt = now;
        adoptedBy = by;
        adoptedPaper = paper;
    }

    public void supersede() {
        state = TargetState.SUPERSEDED;
    }

    public long getPortfolioId() {
        return portfolioId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public TargetState getState() {
        return state;
    }

    public @Nullable Instant getAdoptedAt() {
        return adoptedAt;
    }

    public @Nullable String getAdoptedPaper() {
        return adoptedPaper;
    }

    public @Nullable String getAdoptedBy() {
        return adoptedBy;
    }
}
