package no.samspill.portfolio.domain;

import java.util.List;
import java.util.Optional;
import no.samspill.portfolio.ReferralSubject;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardReferralRepository extends JpaRepository<BoardReferral, Long> {

    Optional<BoardReferral> findByPaperId(long paperId);

    List<BoardReferral> findByPortfolioIdAndSubjectOrderBySentAtDesc(long portfolioId, ReferralSubject subject);

    List<BoardReferral> findBySubjectAndSubjectIdOrderBySentAtDesc(ReferralSubject subject, long subjectId);
}
