package no.samspill.impartiality.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterRepository extends JpaRepository<ImpartialityRegister, Long> {

    boolean existsByProjectId(long projectId);

    Optional<ImpartialityRegister> findByProjectId(long projectId);
}
