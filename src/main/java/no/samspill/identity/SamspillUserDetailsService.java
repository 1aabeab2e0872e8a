package no.samspill.identity;

import java.util.List;
import java.util.UUID;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.security.MembershipDirectory;
import no.samspill.platform.security.SamspillPrincipal;
import no.samspill.platform.security.TenantGrant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a user for login. A user can log in only when the account is active, a password is set, and they hold
 * an active membership somewhere (or are platform admin): a tenant admin deactivates a membership, not the
 * person, so someone deactivated in every tenant is locked out without any tenant touching another's users.
 */
@Component
class SamspillUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final MembershipDirectory directory;
    /** A real hash nobody knows the password to: an account without a password costs the same bcrypt as others. */
    private final String unusableHash;

    SamspillUserDetailsService(UserAccountRepository users, MembershipRepository memberships,
            MembershipDirectory directory, PasswordEncoder encoder) {
        this.users = users;
        this.memberships = memberships;
        this.directory = directory;
        this.unusableHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByEmailIgnoreCase(LoginThrottle.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        List<TenantGrant> grants = directory.activeGrants(user.id());
        // someone whose only memberships are invitations logs in to answer them, and can do nothing else
        boolean enabled = user.isActive() && user.hasPassword() && (user.isPlatformAdmin() || !grants.isEmpty()
                || !memberships.findPendingOfUser(user.id()).isEmpty());
        String hash = user.getPasswordHash() == null ? unusableHash : user.getPasswordHash();
        return SamspillPrincipal.user(user.id(), user.getEmail(), user.getDisplayName(), hash, enabled,
                user.isPlatformAdmin(), grants);
    }
}
