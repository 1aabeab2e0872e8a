package no.samspill.identity.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import no.samspill.platform.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join m.user u where u.id = :userId and m.active = true and u.active = true")
    List<Membership> findActiveOfUser(@Param("userId") long userId);

    /** The invitations waiting for this person's answer, oldest first. */
    @Query("select m from Membership m join m.user u where u.id = :userId and m.pending = true and u.active = true"
            + " order by m.createdAt, m.id")
    List<Membership> findPendingOfUser(@Param("userId") long userId);

    Optional<Membership> findByIdAndTenantId(long id, long tenantId);

    Optional<Membership> findByUserIdAndTenantId(long userId, long tenantId);

    List<Membership> findByUserId(long userId);

    /**
     * The tenant's active admin memberships, locked until the transaction ends: two admins demoting each other
     * at the same moment must not leave the tenant without any admin.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Membership m join m.roles r where m.tenantId = :tenantId and m.active = true"
            + " and m.user.active = true and r = no.samspill.platform.security.Role.TENANT_ADMIN")
    List<Membership> lockActiveAdmins(@Param("tenantId") long tenantId);

    /**
     * Members of one tenant; the tenant is always part of the query, so no other tenant's rows can come back. A
     * pending row is found by the name the admin typed, not by the account's own, which that tenant may not know.
     */
    @Query(value = "select m from Membership m join fetch m.user u where m.tenantId = :tenantId"
            + " and (lower(u.email) like :pattern or lower(case when m.pending = true then coalesce(m.invitedName,"
            + " u.displayName) else u.displayName end) like :pattern)",
            countQuery = "select count(m) from Membership m join m.user u where m.tenantId = :tenantId"
                    + " and (lower(u.email) like :pattern or lower(case when m.pending = true then coalesce(m.invitedName,"
            + " u.displayName) else u.displayName end) like :pattern)")
    List<Membership> findInTenant(@Param("tenantId") long tenantId, @Param("pattern") String pattern,
            Pageable page);

    long countByTenantId(long tenantId);

    @Query("select count(m) from Membership m join m.user u where m.tenantId = :tenantId"
            + " and (lower(u.email) like :pattern or lower(case when m.pending = true then coalesce(m.invitedName,"
            + " u.displayName) else u.displayName end) like :pattern)")
    long countInTenant(@Param("tenantId") long tenantId, @Param("pattern") String pattern);

    @Query("select m from Membership m join fetch m.user u join m.roles r where m.tenantId = :tenantId"
            + " and m.active = true and u.active = true and r = :role order by u.displayName")
    List<Membership> findActiveWithRole(@Param("tenantId") long tenantId, @Param("role") Role role);

    /**
     * Active people of the tenants whose name or e-mail holds the pattern, the first tenant's first, then by name: a
     * picker's page. Inactive and pending memberships and deactivated users are left out in the query.
     */
    String ACTIVE_IN = " from Membership m join m.user u where m.tenantId in :tenants and m.active = true"
            + " and u.active = true and (lower(u.displayName) like :pattern or lower(u.email) like :pattern)";

    /** As {@link #findActiveIn}, leaving one person out (a picker does not offer its user themselves). */
    @Query("select new no.samspill.identity.DirectoryEntry(u.id, u.displayName, u.email, m.tenantId)" + ACTIVE_IN
            + " and u.id <> :except order by u.displayName, u.id")
    List<no.samspill.identity.DirectoryEntry> findActiveInExcept(
            @Param("tenants") java.util.Collection<Long> tenantIds, @Param("pattern") String pattern,
            @Param("except") long exceptUserId, Pageable page);

    @Query("select new no.samspill.identity.DirectoryEntry(u.id, u.displayName, u.email, m.tenantId)" + ACTIVE_IN
            + " order by case when m.tenantId = :first then 0 else 1 end, m.tenantId, u.displayName, u.id")
    List<no.samspill.identity.DirectoryEntry> findActiveIn(@Param("tenants") java.util.Collection<Long> tenantIds,
            @Param("first") long firstTenant, @Param("pattern") String pattern, Pageable page);

    /** Active people of the tenant who hold the role, the role's index first (a region has few leads). */
    String ACTIVE_WITH_ROLE = " from Membership m join m.user u join m.roles r where m.tenantId = :tenant"
            + " and r = :role and m.active = true and u.active = true";

    /** A page of the tenant's active holders of the role whose name or e-mail holds the pattern, by name. */
    @Query("select new no.samspill.identity.DirectoryEntry(u.id, u.displayName, u.email, m.tenantId)"
            + ACTIVE_WITH_ROLE + " and (lower(u.displayName) like :pattern or lower(u.email) like :pattern)"
            + " order by u.displayName, u.id")
    List<no.samspill.identity.DirectoryEntry> findActiveWithRole(@Param("tenant") long tenantId,
            @Param("role") Role role, @Param("pattern") String pattern, Pageable page);

    /** Whether the person is an active holder of the role in the tenant, in one query. */
    @Query("select count(m) > 0" + ACTIVE_WITH_ROLE + " and u.id = :user")
    boolean existsActiveWithRole(@Param("tenant") long tenantId, @Param("role") Role role,
            @Param("user") long userId);

    @Query("select count(m)" + ACTIVE_IN)
    long countActiveIn(@Param("tenants") java.util.Collection<Long> tenantIds, @Param("pattern") String pattern);
}
