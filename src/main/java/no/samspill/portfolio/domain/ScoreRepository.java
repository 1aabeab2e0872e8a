package no.samspill.portfolio.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreRepository extends JpaRepository<Score, Long> {

    Optional<Score> findByInitiativeId(long initiativeId);

    List<Score> findByInitiativeIdIn(Collection<Long> initiativeIds);
}
