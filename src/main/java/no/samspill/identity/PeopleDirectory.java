package no.samspill.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People of other tenants, for a feature that has itself checked an explicit grant first: a group that invited a
 * tenant lists that tenant's people as candidates, and shows the names of its members from several tenants.
 * It checks nothing itself (as {@code TenantDirectory}); never hand its answers to a view without that check.
 * A module that uses it says so with {@code "identity :: directory"} in its allowed dependencies, so that every
 * unchecked lookup of people is declared (the records it returns come with it).
 */
@NamedInterface("directory")
@Component
public class PeopleDirectory {

    private final MembershipRepository memberships;
    private final UserAccountRepository users;

    PeopleDirectory(MembershipRepository memberships, UserAccountRepository users) {
        this.memberships = memberships;
        this.users = users;
    }

    /** The active members of a tenant, by name. */
    @Transactional(readOnly = true)
    public List<Colleague> activeMembers(long tenantId) {
        return memberships.findInTenant(tenantId, "%", Pageable.unpaged()).stream()
                .filter(m -> m.isActive() && m.getUser().isActive())
                .map(m -> new Colleague(m.getUser().id(), m.getUser().getDisplayName(), m.getUser().getEmail()))
                .sorted(Comparator.comparing(Colleague::displayName)).toList();
    }

    @Transactional(readOnly = true)
    public boolean isActiveMember(long userId, long tenantId) {
        return memberships.findByUserIdAndTenantId(userId, tenantId)
                .filter(m -> m.isActive() && m.getUser().isActive()).isPresent();
    }

    /**
     * The active users holding any of the roles in a tenant (its supplier users, its buyers), for the notifications
     * module, which tells the people of a tenant that a feature has granted something to.
     */
    /** As {@link #activeUsersWithRole(long, Role...)}, for one of the role sets of {@code Roles}. */
    @Transactional(readOnly = true)
    public Set<Long> activeUsersWithRole(long tenantId, Set<Role> roles) {
        return activeUsersWithRole(tenantId, roles.toArray(Role[]::new));
    }

    @Transactional(readOnly = true)
    public Set<Long> activeUsersWithRole(long tenantId, Role... roles) {
        Set<Long> ids = new TreeSet<>();
        for (Role role : roles) {
            memberships.findActiveWithRole(tenantId, role).forEach(m -> ids.add(m.getUser().id()));
        }
        return ids;
    }

    /** Mail addresses and languages of the given users, whichever tenant they belong to. */
    @Transactional(readOnly = true)
    public Map<Long, MailAddress> mailAddresses(Collection<Long> userIds) {
        return users.findAllById(userIds).stream().collect(Collectors.toMap(u -> u.id(), u -> new MailAddress(u.id(),
                u.getEmail(), u.getDisplayName(), u.getPreferredLanguage(), u.isActive())));
    }

    /** Display names of the given users, whichever tenant they belong to. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> userIds) {
        return users.findAllById(userIds).stream().collect(Collectors.toMap(u -> u.id(), u -> u.getDisplayName()));
    }
}
