package no.samspill.knowledgebase.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.samspill.knowledgebase.CaseFacet;
import no.samspill.knowledgebase.CaseKind;
import no.samspill.knowledgebase.CaseRow;
import no.samspill.knowledgebase.Keyword;
import no.samspill.knowledgebase.ProcurementForm;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** How a case lies in the index: searched texts (in two languages), facet values, and the stored row. */
final class CaseFields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String YEAR_SORT = "year_sort";
    static final String EXCERPT = "excerpt";
    private static final String STORED = "s_";

    private CaseFields() {
    }

    static String facetField(CaseFacet facet) {
        return "f_" + facet.parameter();
    }

    static Document toDocument(CaseDocument c) {
        CaseRow r = c.row();
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(r.id()), Field.Store.YES));
        String body = String.join("\n", r.area(), r.region(), c.description(), c.valueElements(), c.results(),
                c.challenges(), c.procurementText(), String.join(", ", c.companies()), c.keywordNames());
        for (String language : List.of(Analyzers.DA, Analyzers.NO)) {
            d.add(new TextField(TITLE + language, r.title(), Field.Store.NO));
            d.add(new TextField(BODY + language, body, Field.Store.NO));
        }
        facet(d, CaseFacet.REGION, r.region());
        facet(d, CaseFacet.AREA, r.area());
        facet(d, CaseFacet.FORM, r.form().name());
        facet(d, CaseFacet.KIND, r.kind().name());
        r.keywords().forEach(k -> facet(d, CaseFacet.KEYWORD, k.name()));
        if (r.year() != null) {
            facet(d, CaseFacet.YEAR, r.year().toString());
        }
        d.add(new NumericDocValuesField(YEAR_SORT, r.year() == null ? Integer.MIN_VALUE : r.year()));
        stored(d, "code", r.code());
        stored(d, "region", r.region());
        stored(d, "title", r.title());
        stored(d, "area", r.area());
        stored(d, "form", r.form().name());
        stored(d, "kind", r.kind().name());
        stored(d, "year", r.year() == null ? "" : r.year().toString());
        r.keywords().forEach(k -> stored(d, "kw", k.name()));
        stored(d, EXCERPT, String.join("\n\n", List.of(c.description(), c.valueElements(), c.results())
                .stream().filter(t -> !t.isBlank()).toList()));
        return d;
    }

    private static void facet(Document d, CaseFacet facet, String value) {
        if (value.isBlank()) {
            return;
        }
        d.add(new StringField(facetField(facet), value, Field.Store.NO));
        d.add(new SortedSetDocValuesField(facetField(facet), new BytesRef(value)));
    }

    private static void stored(Document d, String name, String value) {
        d.add(new StoredField(STORED + name, value));
    }

    static String stored(Document d, String name) {
        String v = d.get(STORED + name);
        return v == null ? "" : v;
    }

    static CaseRow toRow(Document d) {
        Set<Keyword> keywords = EnumSet.noneOf(Keyword.class);
        List<String> kw = new ArrayList<>();
        for (IndexableField f : d.getFields(STORED + "kw")) {
            kw.add(f.stringValue());
        }
        kw.forEach(k -> keywords.add(Keyword.valueOf(k)));
        String year = stored(d, "year");
        return new CaseRow(Long.parseLong(d.get(ID)), stored(d, "code"), stored(d, "region"), stored(d, "title"),
                stored(d, "area"), keywords, ProcurementForm.valueOf(stored(d, "form")),
                CaseKind.valueOf(stored(d, "kind")), year.isEmpty() ? null : Integer.valueOf(year));
    }
}
