package no.samspill.portfolio.domain;

import java.util.Collection;
import java.util.List;
import no.samspill.portfolio.InitiativePhase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    List<Initiative> findByPortfolioIdOrderByName(long portfolioId);

    boolean existsByPortfolioIdAndNameIgnoreCase(long portfolioId, String name);

    /** The portfolio's initiatives, filtered in the query by owner tenant and phase (each filter off when empty). */
    @Query("select i from Initiative i where i.portfolioId = :portfolio"
            + " and (:anyOwner = true or i.ownerTenantId in :owners)"
            + " and (:anyPhase = true or i.phase in :phases) order by i.startOn, i.name")
    List<Initiative> filtered(@Param("portfolio") long portfolioId, @Param("anyOwner") boolean anyOwner,
            @Param("owners") Collection<Long> owners, @Param("anyPhase") boolean anyPhase,
            @Param("phases") Collection<InitiativePhase> phases);

    /** [initiative id, depends-on id] for the whole portfolio, read at once for the cycle check. */
    @Query("select i.id, d from Initiative i join i.dependsOn d where i.portfolioId = :portfolio")
    List<Object[]> dependencies(@Param("portfolio") long portfolioId);
}
