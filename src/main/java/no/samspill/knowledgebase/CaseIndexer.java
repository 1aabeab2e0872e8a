package no.samspill.knowledgebase;

import java.util.ArrayList;
import java.util.List;
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
 * rolled-back change never reaches the index), a draft is taken out. The document is taken from the entity inside
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

    void afterCommit(KnowledgeCase c) {
        long id = c.id();
        CaseDocument doc = c.getStatus() == CaseStatus.PUBLISHED ? document(c) : null;
        Runnable work = () -> {
            if (doc == null) {
                search.remove(id);
            } else {
                search.index(List.of(doc));
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
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
