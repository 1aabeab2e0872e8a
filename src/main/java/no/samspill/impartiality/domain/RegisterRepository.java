package no.samspill.impartiality.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterRepository extends JpaRepository<ImpartialityRegister, Long> {

    boolean existsByProjectId(long projectId);

    Optional<ImpartialityRegister> findByProjectId(long projectId);

    /** Which of these projects have an open register: one query for a page of several projects. */
    @org.springframework.data.jpa.repository.Query(
            "select r.projectId from ImpartialityRegister r where r.projectId in :ids")
    java.util.List<Long> openAmong(@org.springframework.data.repository.query.Param("ids")
            java.util.Collection<Long> ids);
}
