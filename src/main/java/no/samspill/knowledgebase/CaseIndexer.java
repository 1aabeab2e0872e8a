package no.samspill.knowledgebase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.knowledgebase.domain.CaseCompany;
import no.samspill.knowledgebase.domain.CaseRepository;
import no.samspill.knowledgebase.domain.KnowledgeCase;
import no.samspill.knowledgebase.domain.SynonymRepository;
import no.samspill.knowledgebase.search.CaseDocument;
import no.samspill.knowledgebase.search.CaseSearch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the search index in step with the database: a changed case is indexed after its transaction commits (a
 * rolled-back change never reaches the index), a draft is taken out; a transaction's changes go in one commit. The document is taken from the entity inside
 * the transaction, so indexing reads nothing again.
 */
@Component
class CaseIndexer {

    private static final int PAGE = 500;

    private final CaseSearch search;
    private final CaseRepository cases;
    private final SynonymRepository synonyms;

    CaseIndexer(CaseSearch search, CaseRepository cases, SynonymRepository synonyms) {
        this.search = search;
        this.cases = cases;
        this.synonyms = synonyms;
    }

    /** What one transaction changed, by case: the document to index, or null to take the case out. */
    private static final class Pending {
        private final Map<Long, Optional<CaseDocument>> changes = new LinkedHashMap<>();
    }

    void afterCommit(KnowledgeCase c) {
        long id = c.id();
        Optional<CaseDocument> doc = c.getStatus() == CaseStatus.PUBLISHED ? Optional.of(document(c))
                : Optional.empty();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            apply(Map.of(id, doc));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending fresh = new Pending();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    apply(fresh.changes);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CaseIndexer.this);
                }
            });
            pending = fresh;
        }
        // the last change of a case in the transaction wins (created, then published)
        pending.changes.put(id, doc);
    }

    /** One index commit for a transaction's changes, however many cases an import touched. */
    private void apply(Map<Long, Optional<CaseDocument>> changes) {
        List<CaseDocument> docs = new ArrayList<>();
        changes.forEach((id, doc) -> {
            if (doc.isPresent()) {
                docs.add(doc.get());
            } else {
                search.remove(id);
            }
        });
        if (!docs.isEmpty()) {
            search.index(docs);
        }
    }

    /** The whole index again from the database, page by page; returns how many cases it holds. */
    int rebuild() {
        List<CaseDocument> docs = new ArrayList<>();
        List<Long> ids = cases.allIds();
        for (int from = 0; from < ids.size(); from += PAGE) {
            for (KnowledgeCase c : cases.loadAll(ids.subList(from, Math.min(ids.size(), from + PAGE)))) {
                if (c.getStatus() == CaseStatus.PUBLISHED) {
                    docs.add(document(c));
                }
            }
        }
        search.rebuild(docs);
        return docs.size();
    }

    void loadSynonyms() {
        loadSynonyms(synonyms.findAll().stream().map(g -> Synonyms.parseGroup(g.getWords())).toList());
    }

    void loadSynonyms(List<List<String>> groups) {
        search.useSynonyms(groups);
    }

    static CaseDocument document(KnowledgeCase c) {
        CaseRow row = row(c);
        return new CaseDocument(row, c.getShortDescription(), c.getValueElements(), c.getProcurementText(),
                c.getCompanies().stream().map(CaseCompany::getName).toList(), c.getChallenges(), c.getResults(),
                // the keywords' names are searched too: "TCO" or "kortere forløb" finds the cases that carry them
                String.join(", ", c.getKeywords().stream().sorted().map(KeywordAliases::name).toList()));
    }

    static CaseRow row(KnowledgeCase c) {
        return new CaseRow(c.id(), c.getCode(), c.getRegion(), c.getTitle(), c.getArea(), c.getKeywords(),
                c.getProcurementForm(), c.getKind(), c.getYear());
    }
}
