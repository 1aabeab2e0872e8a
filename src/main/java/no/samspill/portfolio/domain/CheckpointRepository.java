package no.samspill.portfolio.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CheckpointRepository extends JpaRepository<Checkpoint, Long> {

    List<Checkpoint> findByInitiativeIdOrderByCurrentOnAscIdAsc(long initiativeId);

    @Query("select c from Checkpoint c where c.initiativeId in (select i.id from Initiative i"
            + " where i.portfolioId = :portfolio) order by c.currentOn, c.id")
    List<Checkpoint> inPortfolio(@Param("portfolio") long portfolioId);
}
