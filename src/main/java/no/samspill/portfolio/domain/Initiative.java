package no.samspill.portfolio.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.samspill.platform.VersionedEntity;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.InitiativePhase;
import org.jspecify.annotations.Nullable;

/** An initiative in a portfolio: a linked procurement project or one from outside the portal. */
@Entity
@Table(name = "initiative")
public class Initiative extends VersionedEntity {

    @Column(name = "portfolio_id", nullable = false, updatable = false)
    private long portfolioId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private long ownerTenantId;

    @Column(name = "project_id", updatable = false)
    private @Nullable Long projectId;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(nullable = false, length = 200)
    private String contact = "";

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn = LocalDate.EPOCH;

    @Column(name = "end_on", nullable = false)
    private LocalDate endOn = LocalDate.EPOCH;

    @Column(precision = 15, scale = 2)
    private @Nullable BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InitiativePhase phase = InitiativePhase.PROPOSAL;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_dependency", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "depends_on_id")
    private Set<Long> dependsOn = new HashSet<>();

    protected Initiative() {
    }

    public Initiative(long portfolioId, long ownerTenantId, @Nullable Long projectId, String name, String contact,
            LocalDate startOn, LocalDate endOn, @Nullable BigDecimal budget, InitiativePhase phase) {
        check(startOn, endOn, budget);
        this.portfolioId = portfolioId;
        this.ownerTenantId = ownerTenantId;
        this.projectId = projectId;
        this.name = name;
        this.contact = contact;
        this.startOn = startOn;
        this.endOn = endOn;
        this.budget = budget;
        this.phase = phase;
    }

    /** A checkpoint cannot lie before the initiative starts: there is nothing to check yet. */
    public void requireWithin(LocalDate day) {
        if (day.isBefore(startOn)) {
            throw new ValidationException("portfolio.error.checkpoint-before-start", startOn);
        }
    }

    /** The facts the office may correct; the owner tenant and the linked project stay what they were made with. */
    public void change(String name, String contact, LocalDate startOn, LocalDate endOn, @Nullable BigDecimal budget) {
        check(startOn, endOn, budget);
        this.name = name;
        this.contact = contact;
        this.startOn = startOn;
        this.endOn = endOn;
        this.budget = budget;
    }

    private static void check(LocalDate startOn, LocalDate endOn, @Nullable BigDecimal budget) {
        if (endOn.isBefore(startOn)) {
            throw new ValidationException("portfolio.error.end-before-start");
        }
        if (budget != null && budget.signum() < 0) {
            throw new ValidationException("portfolio.error.budget");
        }
    }

    public void changePhase(InitiativePhase phase) {
        this.phase = phase;
    }

    public boolean dependOn(long other) {
        return dependsOn.add(other);
    }

    public boolean dropDependency(long other) {
        return dependsOn.remove(other);
    }

    public long getPortfolioId() {
        return portfolioId;
    }

    public long getOwnerTenantId() {
        return ownerTenantId;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public @Nullable BigDecimal getBudget() {
        return budget;
    }

    public InitiativePhase getPhase() {
        return phase;
    }

    public Set<Long> getDependsOn() {
        return Set.copyOf(dependsOn);
    }
}
