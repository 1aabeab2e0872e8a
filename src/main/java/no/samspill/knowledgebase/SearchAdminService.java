package no.samspill.knowledgebase;

import java.util.List;
import no.samspill.knowledgebase.domain.SynonymGroup;
import no.samspill.knowledgebase.domain.SynonymRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.security.AccessPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the platform admin keeps for the search: the synonym list, and a rebuild of the index on demand. */
@Service
public class SearchAdminService {

    private final SynonymRepository synonyms;
    private final CaseIndexer indexer;
    private final AccessPolicy access;
    private final AuditTrail audit;

    SearchAdminService(SynonymRepository synonyms, CaseIndexer indexer, AccessPolicy access, AuditTrail audit) {
        this.synonyms = synonyms;
        this.indexer = indexer;
        this.access = access;
        this.audit = audit;
    }

    /** The list as the admin edits it: one group a line. */
    @Transactional(readOnly = true)
    public String synonyms() {
        access.requirePlatformAdmin();
        return String.join("\n", synonyms.findAll().stream().map(SynonymGroup::getWords).toList());
    }

    /** Replaces the list; searches use it at once, without a rebuild (synonyms apply when searching). */
    @Transactional
    public void saveSynonyms(String text) {
        access.requirePlatformAdmin();
        List<String> groups = Synonyms.parse(text);
        String before = String.join("; ", synonyms.findAll().stream().map(SynonymGroup::getWords).toList());
        synonyms.deleteAllInBatch();
        synonyms.saveAll(groups.stream().map(SynonymGroup::new).toList());
        audit.recordIn(null, "kb.synonyms-saved", "SynonymList", "search",
                FieldChange.of("groups", before, String.join("; ", groups)));
        indexer.loadSynonyms(groups.stream().map(Synonyms::parseGroup).toList());
    }

    /** Rebuilds the search index from the database; returns how many published cases it holds. */
    @Transactional
    public int rebuildIndex() {
        access.requirePlatformAdmin();
        int n = indexer.rebuild();
        audit.recordIn(null, "kb.index-rebuilt", "SearchIndex", "search", FieldChange.set("cases", n));
        return n;
    }
}
