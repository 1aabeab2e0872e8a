package no.samspill.knowledgebase;

import no.samspill.knowledgebase.domain.CaseRepository;
import no.samspill.knowledgebase.search.CaseSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, loads the synonyms and rebuilds the index when it is missing or holds another set of cases than the
 * database publishes (a first start, a deleted index, a fresh or restored database). After the demo data
 * (order 10), whose import indexes its cases itself.
 */
@Component
@Order(50)
class SearchStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchStartup.class);

    private final CaseSearch search;
    private final CaseIndexer indexer;
    private final CaseRepository cases;
    private final TransactionTemplate readOnly;

    SearchStartup(CaseSearch search, CaseIndexer indexer, CaseRepository cases, PlatformTransactionManager tx) {
        this.search = search;
        this.indexer = indexer;
        this.cases = cases;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void run(ApplicationArguments args) {
        readOnly.executeWithoutResult(s -> {
            indexer.loadSynonyms();
            // another set of cases than the database publishes: a fresh or restored database, or a lost index
            java.util.Set<Long> published = new java.util.HashSet<>(cases.idsWith(CaseStatus.PUBLISHED));
            if (search.isEmpty() || !search.indexedIds().equals(published)) {
                long start = System.nanoTime();
                int n = indexer.rebuild();
                log.info("Knowledge-base search index rebuilt: {} cases in {} ms", n,
                        (System.nanoTime() - start) / 1_000_000);
            }
        });
    }
}
