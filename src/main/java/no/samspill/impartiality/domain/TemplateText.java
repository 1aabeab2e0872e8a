package no.samspill.impartiality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.samspill.impartiality.TemplatePart;
import org.jspecify.annotations.Nullable;

/** One part of a template in one language (nb, da, en); written once with its version, never changed. */
@Entity
@Table(name = "impartiality_template_text")
public class TemplateText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "template_id", nullable = false, updatable = false)
    private long templateId;

    @Column(nullable = false, length = 5, updatable = false)
    private String language = "nb";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TemplatePart part = TemplatePart.INTRO;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String text = "";

    protected TemplateText() {
    }

    public TemplateText(long templateId, String language, TemplatePart part, String text) {
        this.templateId = templateId;
        this.language = language;
        this.part = part;
        this.text = text;
    }

    public long getTemplateId() {
        return templateId;
    }

    public String getLanguage() {
        return language;
    }

    public TemplatePart getPart() {
        return part;
    }

    public String getText() {
        return text;
    }
}
