package no.samspill.actionplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundTableParticipantRepository extends JpaRepository<RoundTableParticipant, Long> {

    List<RoundTableParticipant> findByConferenceIdOrderByOrganisationAscNameAsc(long conferenceId);
}
