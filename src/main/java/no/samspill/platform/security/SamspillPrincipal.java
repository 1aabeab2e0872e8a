package no.samspill.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who is logged in and which tenant they act in. The authorities are a snapshot for view annotations only;
 * services ask {@link AccessPolicy}, which re-reads memberships from the database.
 */
public final class SamspillPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final @Nullable Long userId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean platformAdmin;
    private final @Nullable Long activeTenantId;
    private final List<TenantGrant> grants;

    private SamspillPrincipal(@Nullable Long userId, String email, String displayName, @Nullable String passwordHash,
            boolean enabled, boolean platformAdmin, @Nullable Long activeTenantId, List<TenantGrant> grants) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.platformAdmin = platformAdmin;
        this.activeTenantId = activeTenantId;
        this.grants = List.copyOf(grants);
    }

    /** A user as loaded at login; the first tenant (by name) becomes the active one. */
    public static SamspillPrincipal user(long userId, String email, String displayName, @Nullable String passwordHash,
            boolean enabled, boolean platformAdmin, List<TenantGrant> grants) {
        Long active = grants.isEmpty() ? null : grants.getFirst().tenantId();
        return new SamspillPrincipal(userId, email, displayName, passwordHash, enabled, platformAdmin, active, grants);
    }

    /**
     * The system acting on its own (seeding demo data, scheduled jobs): no user row, and the grants it is built
     * with are trusted as they are. Only code can build it; no login produces one.
     */
    public static SamspillPrincipal system(@Nullable TenantGrant grant) {
        List<TenantGrant> grants = grant == null ? List.of() : List.of(grant);
        return new SamspillPrincipal(null, "system", "Samspill", null, true, true,
                grant == null ? null : grant.tenantId(), grants);
    }

    public SamspillPrincipal withActiveTenant(long tenantId, List<TenantGrant> freshGrants) {
        return new SamspillPrincipal(userId, email, displayName, null, enabled, platformAdmin, tenantId, freshGrants);
    }

    public boolean isSystem() {
        return userId == null;
    }

    public @Nullable Long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public boolean platformAdmin() {
        return platformAdmin;
    }

    public @Nullable Long activeTenantId() {
        return activeTenantId;
    }

    public List<TenantGrant> grants() {
        return grants;
    }

    public Set<Role> activeRoles() {
        return grants.stream().filter(g -> activeTenantId != null && g.tenantId() == activeTenantId)
                .findFirst().map(TenantGrant::roles).orElse(Set.of());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        activeRoles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        if (platformAdmin) {
            authorities.add(new SimpleGrantedAuthority(Role.PLATFORM_ADMIN.authority()));
        }
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamspillPrincipal p && email.equals(p.email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return "SamspillPrincipal[" + email + "]";
    }
}
