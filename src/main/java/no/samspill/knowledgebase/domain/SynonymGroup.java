package no.samspill.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One group of search words that find each other ("kol, kols"), kept by the platform admin. */
@Entity
@Table(name = "kb_synonym")
public class SynonymGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 500)
    private String words = "";

    protected SynonymGroup() {
    }

    public SynonymGroup(String words) {
        this.words = words;
    }

    public String getWords() {
        return words;
    }
}
