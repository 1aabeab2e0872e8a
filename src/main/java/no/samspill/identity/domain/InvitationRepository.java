package no.samspill.identity.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    long countByUserIdAndPurposeAndCreatedAtAfter(long userId, TokenPurpose purpose, Instant after);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.usedAt = :now where i.userId = :userId and i.usedAt is null")
    int revokeOpen(@Param("userId") long userId, @Param("now") Instant now);
}
