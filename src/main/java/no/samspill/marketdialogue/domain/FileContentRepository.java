package no.samspill.marketdialogue.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FileContentRepository extends JpaRepository<FileContent, Long> {

    @Query("select c.content from FileContent c where c.fileId = :id")
    byte[] bytesOf(@Param("id") long fileId);
}
