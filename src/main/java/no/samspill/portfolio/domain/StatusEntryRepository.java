package no.samspill.portfolio.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StatusEntryRepository extends JpaRepository<StatusEntry, Long> {

    /** An initiative's reports, newest first: the first of a period is its status, the rest its history. */
    List<StatusEntry> findByInitiativeIdOrderByPeriodStartDescReportedAtDescIdDesc(long initiativeId);

    @Query("select s from StatusEntry s where s.initiativeId in (select i.id from Initiative i"
            + " where i.portfolioId = :portfolio) order by s.periodStart desc, s.reportedAt desc, s.id desc")
    List<StatusEntry> inPortfolio(@Param("portfolio") long portfolioId);
}
