package no.samspill.portfolio.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TargetVersionRepository extends JpaRepository<TargetVersion, Long> {

    List<TargetVersion> findByPortfolioIdOrderByNumberDesc(long portfolioId);

    /** The portfolio's versions locked while a new one is numbered, so two drafts never share a number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from TargetVersion v where v.portfolioId = :portfolio order by v.number desc")
    List<TargetVersion> lockAll(@Param("portfolio") long portfolioId);

    Optional<TargetVersion> findFirstByPortfolioIdAndStateOrderByNumberDesc(long portfolioId,
            no.samspill.portfolio.TargetState state);
}
