package no.samspill.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.SearchPatterns;
import no.samspill.platform.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

    /** The active members of a tenant, by name (filtered in the query). */
    @Transactional(readOnly = true)
    public List<Colleague> activeMembers(long tenantId) {
        return memberships.findActiveIn(List.of(tenantId), tenantId, "%", Pageable.unpaged()).stream()
                .map(e -> new Colleague(e.userId(), e.displayName(), e.email())).toList();
    }

    /**
     * A page of the active people of the tenants whose name or e-mail holds the text: those of the first tenant
     * first, then the others', each by name. For a lazy picker over tenants with thousands of people.
     */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> activeMembers(List<Long> tenantIds, String search, long offset, int limit) {
        if (tenantIds.isEmpty()) {
            return List.of();
        }
        return memberships.findActiveIn(tenantIds, tenantIds.getFirst(), SearchPatterns.contains(search),
                OffsetLimit.of(offset, limit, Sort.unsorted()));
    }

    @Transactional(readOnly = true)
    public long countActiveMembers(List<Long> tenantIds, String search) {
        return tenantIds.isEmpty() ? 0 : memberships.countActiveIn(tenantIds, SearchPatterns.contains(search));
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
