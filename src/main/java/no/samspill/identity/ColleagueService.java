package no.samspill.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.SearchPatterns;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names of the people in one's own tenant: members see each other, never people of other tenants. */
@Service
public class ColleagueService {

    private final MembershipRepository memberships;
    private final PeopleDirectory people;
    private final AccessPolicy access;

    ColleagueService(MembershipRepository memberships, PeopleDirectory people, AccessPolicy access) {
        this.memberships = memberships;
        this.people = people;
        this.access = access;
    }

    /**
     * A page of the active tenant's active people who hold the role and whose name or e-mail holds the text, by
     * name: for a lazy picker of, say, procurement leads, paged and filtered in the query.
     */
    @Transactional(readOnly = true)
    public List<Colleague> withRole(Role role, String text, long offset, int limit) {
        long tenantId = access.requireActiveTenant();
        return memberships.findActiveWithRole(tenantId, role, SearchPatterns.contains(text),
                        OffsetLimit.of(offset, limit, Sort.unsorted())).stream()
                .map(e -> new Colleague(e.userId(), e.displayName(), e.email())).toList();
    }

    /** Whether the person is an active colleague in the active tenant who holds the role, asked in one query. */
    @Transactional(readOnly = true)
    public boolean hasRole(long userId, Role role) {
        return memberships.existsActiveWithRole(access.requireActiveTenant(), role, userId);
    }

    /**
     * A page of the active tenant's active people whose name or e-mail holds the text, by name, leaving out the
     * given user (or nobody, when null): for a lazy picker, since a region has thousands of people.
     */
    @Transactional(readOnly = true)
    public List<Colleague> search(String text, @Nullable Long except, long offset, int limit) {
        long tenantId = access.requireActiveTenant();
        return memberships.findActiveInExcept(List.of(tenantId), SearchPatterns.contains(text),
                        except == null ? -1 : except, OffsetLimit.of(offset, limit, Sort.unsorted())).stream()
                .map(e -> new Colleague(e.userId(), e.displayName(), e.email())).toList();
    }

    /** All active colleagues in the active tenant, by name. */
    @Transactional(readOnly = true)
    public List<Colleague> all() {
        return people.activeMembers(access.requireActiveTenant());
    }

    /** The colleague, only when they are an active member of the active tenant. */
    @Transactional(readOnly = true)
    public Optional<Colleague> find(long userId) {
        long tenantId = access.requireActiveTenant();
        return memberships.findByUserIdAndTenantId(userId, tenantId)
                .filter(m -> m.isActive() && m.getUser().isActive())
                .map(m -> new Colleague(m.getUser().id(), m.getUser().getDisplayName(), m.getUser().getEmail()));
    }

    /**
     * The names of the given people, colleagues who have since left included: for records of what happened, such
     * as an audit entry naming a project's lead before and after.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> userIds) {
        access.requireActiveTenant();
        return userIds.isEmpty() ? Map.of() : people.names(userIds);
    }
}
