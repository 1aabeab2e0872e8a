package no.samspill.portfolio.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PortfolioRepository extends JpaRepository<Portfolio, Long> {

    boolean existsByBoardId(long boardId);

    java.util.Optional<Portfolio> findByBoardId(long boardId);

    /** The portfolios a tenant owns or was invited to; the caller still checks the owner's board standing. */
    @Query("select distinct p from Portfolio p left join p.invited t where p.tenantId = :tenant or t = :tenant"
            + " order by p.name")
    List<Portfolio> visibleTo(@Param("tenant") long tenantId);
}
