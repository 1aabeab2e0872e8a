package no.samspill.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import no.samspill.platform.VersionedEntity;
import no.samspill.platform.security.Role;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A user's place in one tenant: roles, the unit (e.g. health trust) they represent, and whether it is active. */
@Entity
@Table(name = "membership")
public class Membership extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    /** An invitation not yet accepted: inactive, and granting nothing, until its person accepts it. */
    @Column(nullable = false)
    private boolean pending;

    /** The name the inviting admin typed: what that tenant sees until acceptance, never the account's own. */
    @Column(name = "invited_name", length = 200)
    private @Nullable String invitedName;

    /**
     * The account's display name when the membership was made (the portal never renames an account): the members
     * list of a tenant with thousands sorts by it in the tenant's own index, without joining every account.
     */
    @Column(name = "sort_name", nullable = false, length = 200)
    private String sortName = "";

    @Column(name = "invited_by", length = 200)
    private @Nullable String invitedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_role", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "role", length = 30)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<Role> roles = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected Membership() {
    }

    public Membership(UserAccount user, long tenantId, @Nullable Long unitId, Set<Role> roles, Instant createdAt) {
        this.user = user;
        this.sortName = user.getDisplayName();
        this.tenantId = tenantId;
        this.unitId = unitId;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    /** An invitation to the tenant: inactive until accepted. */
    public static Membership offer(UserAccount user, long tenantId, @Nullable Long unitId, Set<Role> roles,
            String invitedName, @Nullable String invitedBy, Instant createdAt) {
        Membership m = new Membership(user, tenantId, unitId, roles, createdAt);
        m.active = false;
        m.pending = true;
        m.invitedName = invitedName;
        m.invitedBy = invitedBy;
        return m;
    }

    public boolean isPending() {
        return pending;
    }

    public void accept() {
        this.pending = false;
        this.active = true;
    }

    public @Nullable String getInvitedName() {
        return invitedName;
    }

    public @Nullable String getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UserAccount getUser() {
        return user;
    }

    public long getTenantId() {
        return tenantId;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    public void setUnitId(@Nullable Long unitId) {
        this.unitId = unitId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }
}
