package no.samspill.tenancy.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.samspill.tenancy.TenantKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TenantRepository extends JpaRepository<Tenant, Long> {

    Optional<Tenant> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByNameIgnoreCase(String name);

    /** Tenants whose name or code matches a pattern from {@code SearchPatterns.contains}. */
    @Query("select t from Tenant t where lower(t.name) like :pattern or lower(t.code) like :pattern order by t.name")
    List<Tenant> search(@Param("pattern") String pattern);

    List<Tenant> findByIdInOrderByName(Collection<Long> ids);

    /** A page of the tenants of one kind whose name matches a pattern from {@code SearchPatterns.contains}. */
    @Query("select t from Tenant t where t.kind = :kind and lower(t.name) like :pattern order by t.name, t.id")
    List<Tenant> findKindPage(@Param("kind") TenantKind kind, @Param("pattern") String pattern,
            org.springframework.data.domain.Pageable page);

    @Query("select count(t) from Tenant t where t.kind = :kind and lower(t.name) like :pattern")
    long countKind(@Param("kind") TenantKind kind, @Param("pattern") String pattern);

    List<Tenant> findByKindInOrderByName(Collection<TenantKind> kinds);
}
