package no.samspill.portfolio.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InitiativeMergeRepository extends JpaRepository<InitiativeMerge, Long> {

    @Query("select m from InitiativeMerge m where m.intoId in (select i.id from Initiative i"
            + " where i.portfolioId = :portfolio) order by m.mergedAt desc, m.id desc")
    List<InitiativeMerge> inPortfolio(@Param("portfolio") long portfolioId);
}
