package no.samspill.procurement.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only. */
public interface PhaseChangeRepository extends Repository<PhaseChangeEntry, Long> {

    PhaseChangeEntry save(PhaseChangeEntry entry);

    List<PhaseChangeEntry> findByProjectIdOrderByChangedAtAscIdAsc(long projectId);
}
