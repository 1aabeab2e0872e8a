package no.samspill.portfolio.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import no.samspill.platform.VersionedEntity;

/** A board's portfolio: owned by the board's tenant, read by the tenants it invited. */
@Entity
@Table(name = "portfolio")
public class Portfolio extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(name = "board_id", nullable = false, updatable = false)
    private long boardId;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(name = "period_months", nullable = false)
    private int periodMonths;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portfolio_tenant", joinColumns = @JoinColumn(name = "portfolio_id"))
    @Column(name = "tenant_id")
    private Set<Long> invited = new HashSet<>();

    protected Portfolio() {
    }

    public Portfolio(long tenantId, long boardId, String name, int periodMonths, Instant createdAt) {
        this.tenantId = tenantId;
        this.boardId = boardId;
        this.name = name;
        this.periodMonths = periodMonths;
        this.createdAt = createdAt;
    }

    public long getTenantId() {
        return tenantId;
    }

    public long getBoardId() {
        return boardId;
    }

    public String getName() {
        return name;
    }

    public int getPeriodMonths() {
        return periodMonths;
    }

    public void changePeriod(int months) {
        this.periodMonths = months;
    }

    public Set<Long> getInvited() {
        return Set.copyOf(invited);
    }

    public boolean invite(long tenant) {
        return invited.add(tenant);
    }
}
