package no.samspill.marketdialogue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<DialogueAnswer, Long> {

    List<DialogueAnswer> findByParticipantId(long participantId);

    List<DialogueAnswer> findByParticipantIdIn(Collection<Long> participantIds);

    Optional<DialogueAnswer> findByParticipantIdAndQuestionId(long participantId, long questionId);

    boolean existsByQuestionId(long questionId);
}
