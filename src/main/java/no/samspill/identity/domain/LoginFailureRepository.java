package no.samspill.identity.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    long countByEmailAndOccurredAtAfter(String email, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.email = :email or f.occurredAt < :before")
    int deleteForEmailOrOlderThan(@Param("email") String email, @Param("before") Instant before);
}
