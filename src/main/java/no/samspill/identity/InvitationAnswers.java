package no.samspill.identity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import no.samspill.identity.domain.Membership;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.MembershipDirectory;
import no.samspill.platform.security.SamspillPrincipal;
import no.samspill.platform.security.TenantGrant;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's answer to the invitations waiting for them: a pending membership grants nothing until they accept
 * it, logged in as themselves, so an admin who invites someone's address cannot attach that account to anything.
 * Works for a user who holds no grant yet (their only memberships are invitations), which is why it reads the
 * principal itself rather than {@link AccessPolicy#current()}.
 */
@Service
public class InvitationAnswers {

    private final MembershipRepository memberships;
    private final UserAccountRepository users;
    private final TenantDirectory tenants;
    private final MembershipDirectory directory;
    private final AccessPolicy access;
    private final AuditTrail audit;

    InvitationAnswers(MembershipRepository memberships, UserAccountRepository users, TenantDirectory tenants,
            MembershipDirectory directory, AccessPolicy access, AuditTrail audit) {
        this.memberships = memberships;
        this.users = users;
        this.tenants = tenants;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PendingInvitation> pending() {
        UserAccount me = me();
        List<Membership> pending = memberships.findPendingOfUser(me.id());
        Map<Long, TenantSummary> names = tenants.summariesOf(pending.stream().map(Membership::getTenantId).toList());
        // a tenant deleted since the invitation is skipped
        return pending.stream().flatMap(m -> Stream.ofNullable(names.get(m.getTenantId()))
                        .map(t -> new PendingInvitation(m.id(), t.name(), m.getRoles(),
                                Objects.requireNonNullElse(m.getInvitedBy(), ""), m.getCreatedAt(), t.timeZone())))
                .toList();
    }

    /** Accepts the invitation and acts in that tenant from the next request on. */
    @Transactional
    public TenantGrant accept(long membershipId) {
        UserAccount me = me();
        Membership m = mine(me, membershipId);
        m.accept();
        memberships.flush();
        audit.recordAs(me.id(), me.getEmail(), m.getTenantId(), "user.invitation-accepted", "Membership", m.id());
        List<TenantGrant> grants = directory.activeGrants(me.id());
        SamspillPrincipal principal = Objects.requireNonNull(access.loggedInWithoutGrants());
        SamspillPrincipal updated = principal.withActiveTenant(m.getTenantId(), grants);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        // the page goes on in this request to what the new grant opens
        access.rereadGrants();
        return grants.stream().filter(g -> g.tenantId() == m.getTenantId()).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Declines it: the membership is gone, and the inviting tenant's list no longer shows the person. */
    @Transactional
    public void decline(long membershipId) {
        UserAccount me = me();
        Membership m = mine(me, membershipId);
        memberships.delete(m);
        audit.recordAs(me.id(), me.getEmail(), m.getTenantId(), "user.invitation-declined", "Membership", m.id());
        access.rereadGrants();
    }

    /** Setting the first password through an invitation's link accepts that invitation. */
    void acceptOnFirstPassword(UserAccount user, long tenantId) {
        memberships.findByUserIdAndTenantId(user.id(), tenantId).filter(Membership::isPending).ifPresent(m -> {
            m.accept();
            audit.recordAs(user.id(), user.getEmail(), tenantId, "user.invitation-accepted", "Membership", m.id());
        });
    }

    private Membership mine(UserAccount me, long membershipId) {
        return memberships.findById(membershipId)
                .filter(m -> m.getUser().id() == me.id() && m.isPending())
                .orElseThrow(NotFoundException::new);
    }

    private UserAccount me() {
        SamspillPrincipal principal = access.loggedInWithoutGrants();
        if (principal == null) {
            throw new ForbiddenException();
        }
        return users.findById(Objects.requireNonNull(principal.userId())).filter(UserAccount::isActive)
                .orElseThrow(ForbiddenException::new);
    }
}
