package no.samspill.impartiality.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateTextRepository extends JpaRepository<TemplateText, Long> {

    List<TemplateText> findByTemplateIdAndLanguage(long templateId, String language);

    List<TemplateText> findByTemplateId(long templateId);
}
