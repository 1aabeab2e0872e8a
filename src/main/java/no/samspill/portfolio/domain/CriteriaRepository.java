package no.samspill.portfolio.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriteriaRepository extends JpaRepository<Criteria, Long> {

    Optional<Criteria> findByPortfolioId(long portfolioId);
}
