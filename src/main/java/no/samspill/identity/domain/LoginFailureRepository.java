package no.samspill.identity.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    long countByEmailAndOccurredAtAfter(String email, Instant since);

    long countByClientAddressAndOccurredAtAfter(String clientAddress, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where (f.email = :email and f.clientAddress = :address) or f.occurredAt < :before")
    int deleteForEmailAndAddressOrOlderThan(@Param("email") String email, @Param("address") String address,
            @Param("before") Instant before);

    @Modifying
    @Query("delete from LoginFailure f where f.occurredAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
