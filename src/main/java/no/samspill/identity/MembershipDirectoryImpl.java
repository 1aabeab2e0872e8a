package no.samspill.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.samspill.identity.domain.Membership;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.security.MembershipDirectory;
import no.samspill.platform.security.TenantGrant;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Feeds the access policy with a user's current grants, straight from the database. */
@Component
class MembershipDirectoryImpl implements MembershipDirectory {

    private final MembershipRepository memberships;
    private final UserAccountRepository users;
    private final TenantDirectory tenants;

    MembershipDirectoryImpl(MembershipRepository memberships, UserAccountRepository users, TenantDirectory tenants) {
        this.memberships = memberships;
        this.users = users;
        this.tenants = tenants;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TenantGrant> activeGrants(long userId) {
        List<Membership> active = memberships.findActiveOfUser(userId);
        if (active.isEmpty()) {
            return List.of();
        }
        Map<Long, TenantSummary> summaries =
                tenants.summariesOf(active.stream().map(Membership::getTenantId).toList());
        return active.stream().flatMap(m -> Stream.ofNullable(summaries.get(m.getTenantId()))
                        .map(t -> new TenantGrant(t.id(), t.name(), t.timeZone(), m.getRoles(), t.kind().isBuyer())))
                .sorted(Comparator.comparing(TenantGrant::tenantName))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActivePlatformAdmin(long userId) {
        return users.findById(userId).map(u -> u.isActive() && u.isPlatformAdmin()).orElse(false);
    }
}
