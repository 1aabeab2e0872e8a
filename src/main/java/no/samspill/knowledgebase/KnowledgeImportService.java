package no.samspill.knowledgebase;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.knowledgebase.ImportProblem.Severity;
import no.samspill.knowledgebase.domain.CaseRepository;
import no.samspill.knowledgebase.domain.KnowledgeCase;
import no.samspill.knowledgebase.search.CaseSearch;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.files.UploadRules;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the regions' case collection in its text format. Every case is checked first and its problems listed
 * by line; a case with an error is left out and the others are imported. The import is idempotent by region and
 * code: a re-import updates a case (or leaves an unchanged one alone) and never duplicates it. A case another
 * tenant contributed is not touched.
 */
@Service
public class KnowledgeImportService {

    /** The largest file an import takes. */
    public static final int MAX_IMPORT_BYTES = UploadRules.SHEET_IMPORT_MAX_BYTES;
    private static final int MAX_CASES = 2000;
    private static final int MAX_EXPORT = 20_000;

    private final CaseRepository cases;
    private final SupplierLinks links;
    private final CaseIndexer indexer;
    private final CaseSearch search;
    private final BenefitService benefits;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    KnowledgeImportService(CaseRepository cases, SupplierLinks links, CaseIndexer indexer, CaseSearch search,
            BenefitService benefits, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.benefits = benefits;
        this.search = search;
        this.cases = cases;
        this.links = links;
        this.indexer = indexer;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the file and reports every problem; changes nothing. */
    @Transactional(readOnly = true)
    public ImportReport check(String fileName, byte[] content) {
        long tenantId = access.requireBuyer(Roles.LEADS);
        List<ParsedCase> parsed = parse(fileName, content, tenantId);
        return report(parsed, 0, 0, 0, false);
    }

    /** Imports the valid cases of the file, published or as drafts; the refused ones are listed with the rest. */
    @Transactional
    public ImportReport importCases(String fileName, byte[] content, boolean publish) {
        long tenantId = access.requireBuyer(Roles.LEADS);
        List<ParsedCase> parsed = parse(fileName, content, tenantId);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ParsedCase p : parsed) {
            if (!p.valid()) {
                continue;
            }
            CaseContent c = p.content();
            Optional<KnowledgeCase> existing = cases.findByRegionAndCode(c.region(), c.code());
            if (existing.isPresent() && same(existing.get(), c, p.reviewNote())) {
                unchanged++;
                continue;
            }
            KnowledgeCase target = existing.orElseGet(() -> new KnowledgeCase(tenantId,
                    publish ? CaseStatus.PUBLISHED : CaseStatus.DRAFT));
            target.apply(c, links.link(c.companies()), p.reviewNote(), clock.instant());
            cases.save(target);
            benefits.propose(target);
            audit.recordIn(tenantId, existing.isPresent() ? "kb.case-reimported" : "kb.case-imported",
                    "KnowledgeCase", target.id(), FieldChange.set("code", c.code()),
                    FieldChange.set("title", c.title()));
            indexer.afterCommit(target);
            if (existing.isPresent()) {
                updated++;
            } else {
                created++;
            }
        }
        return report(parsed, created, updated, unchanged, true);
    }

    private List<ParsedCase> parse(String fileName, byte[] content, long tenantId) {
        if (content.length > MAX_IMPORT_BYTES) {
            throw new ValidationException("kb.import.error.too-big", MAX_IMPORT_BYTES / (1024 * 1024));
        }
        List<ParsedCase> parsed = CaseSheet.isSheet(fileName) ? CaseSheet.read(content) : CaseChecks.read(text(content));
        if (parsed.isEmpty()) {
            throw new ValidationException("kb.import.error.no-cases");
        }
        if (parsed.size() > MAX_CASES) {
            throw new ValidationException("kb.import.error.too-many", MAX_CASES);
        }
        List<ParsedCase> checked = new ArrayList<>();
        for (ParsedCase p : parsed) {
            CaseContent c = p.content();
            Optional<KnowledgeCase> existing = p.valid() ? cases.findByRegionAndCode(c.region(), c.code())
                    : Optional.empty();
            if (existing.isPresent() && existing.get().getContributorTenantId() != tenantId) {
                List<ImportProblem> problems = new ArrayList<>(p.problems());
                problems.add(new ImportProblem(c.code(), p.line(), Severity.ERROR, "kb.import.error.other-tenant",
                        c.code()));
                checked.add(new ParsedCase(c, p.line(), problems, p.reviewNote()));
            } else {
                checked.add(p);
            }
        }
        return checked;
    }

    private static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException("kb.import.error.encoding");
        }
    }

    /**
     * The cases a search finds (every page of it), one a row in the import's columns, prepared in this transaction
     * and written after it. Only published cases are in the index, so only they are exported.
     */
    @Transactional(readOnly = true)
    public PreparedFile export(CaseQuery query, String sheetName) {
        access.current();
        CaseQuery all = new CaseQuery(query.text(), query.filters(), query.sort(), 0, MAX_EXPORT);
        List<Long> ids = search.search(all).hits().stream().map(h -> h.row().id()).toList();
        Map<Long, KnowledgeCase> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            cases.loadAll(ids.subList(from, Math.min(ids.size(), from + 500))).forEach(c -> byId.put(c.id(), c));
        }
        List<List<String>> rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .filter(c -> c.getStatus() == CaseStatus.PUBLISHED)
                .map(c -> CaseSheet.cells(KnowledgeService.details(c, -1).content())).toList();
        return CaseSheet.write(sheetName, rows);
    }

    private static boolean same(KnowledgeCase stored, CaseContent parsed, String note) {
        CaseContent now = KnowledgeService.details(stored, stored.getContributorTenantId()).content();
        CaseContent incoming = new CaseContent(parsed.region(), parsed.code(), parsed.title(), parsed.area(),
                parsed.shortDescription(), parsed.valueElements(), parsed.keywords(), parsed.procurementText(),
                parsed.formOrClassified(), parsed.companies(), parsed.challenges(), parsed.results(), parsed.year(),
                parsed.kind());
        return now.equals(incoming) && stored.getReviewNote().equals(note);
    }

    private static ImportReport report(List<ParsedCase> parsed, int created, int updated, int unchanged,
            boolean done) {
        List<ImportProblem> problems = parsed.stream().flatMap(p -> p.problems().stream()).toList();
        return new ImportReport(parsed.stream().map(p -> p.content().code()).toList(),
                parsed.stream().filter(ParsedCase::valid).map(p -> p.content().code()).toList(),
                parsed.stream().filter(p -> !p.valid()).map(p -> p.content().code()).toList(), problems, created,
                updated, unchanged, done);
    }
}
