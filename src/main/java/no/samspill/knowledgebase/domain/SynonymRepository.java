package no.samspill.knowledgebase.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SynonymRepository extends JpaRepository<SynonymGroup, Long> {
}
