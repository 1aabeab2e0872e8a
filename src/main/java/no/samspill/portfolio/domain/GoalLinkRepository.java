package no.samspill.portfolio.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GoalLinkRepository extends JpaRepository<GoalLink, Long> {

    List<GoalLink> findByInitiativeIdOrderById(long initiativeId);

    Optional<GoalLink> findByInitiativeIdAndGoalKey(long initiativeId, String goalKey);

    @Query("select l from GoalLink l where l.initiativeId in (select i.id from Initiative i"
            + " where i.portfolioId = :portfolio)")
    List<GoalLink> inPortfolio(@Param("portfolio") long portfolioId);
}
