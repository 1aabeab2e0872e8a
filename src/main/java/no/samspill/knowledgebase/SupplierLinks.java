package no.samspill.knowledgebase;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.samspill.knowledgebase.domain.CaseCompany;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Links the companies a case names to supplier tenants: "Medtronic Danmark A/S" is the Medtronic tenant, "Varian
 * Medical Systems (ViewRay Inc. som underleverandør)" the Varian one. The name without its parenthesis, company form
 * and country must begin with the tenant's whole name, word for word; a company without such a tenant stays text.
 * Candidates are looked up by the first word, a page of them, never the thousands of suppliers at once.
 */
@Component
class SupplierLinks {

    private static final Set<String> TRAILING = Set.of("a", "s", "as", "a/s", "aps", "ab", "inc", "ltd", "gmbh", "ag",
            "danmark", "denmark", "norge", "norway", "sverige", "nordic", "og");
    private static final int CANDIDATES = 50;

    private final TenantDirectory directory;

    SupplierLinks(TenantDirectory directory) {
        this.directory = directory;
    }

    List<CaseCompany> link(List<String> companies) {
        Map<String, List<TenantSummary>> byFirstWord = new HashMap<>();
        List<CaseCompany> linked = new ArrayList<>();
        for (String name : companies) {
            List<String> words = core(name);
            Long tenant = null;
            if (!words.isEmpty()) {
                List<TenantSummary> candidates = byFirstWord.computeIfAbsent(words.getFirst(),
                        w -> directory.suppliers(w, 0, CANDIDATES));
                tenant = best(words, candidates);
            }
            linked.add(new CaseCompany(name, tenant));
        }
        return linked;
    }

    private static @Nullable Long best(List<String> company, List<TenantSummary> candidates) {
        TenantSummary best = null;
        int longest = 0;
        for (TenantSummary t : candidates) {
            List<String> tenant = core(t.name());
            if (!tenant.isEmpty() && tenant.size() > longest && company.size() >= tenant.size()
                    && company.subList(0, tenant.size()).equals(tenant)) {
                best = t;
                longest = tenant.size();
            }
        }
        return best == null ? null : best.id();
    }

    /** The name as words, lower case, without parenthesis, company form or country at its end. */
    static List<String> core(String name) {
        String plain = Normalizer.normalize(name.replaceAll("\\(.*?\\)", " "), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(Arrays.stream(plain.split("[^\\p{L}\\p{N}/]+"))
                .filter(w -> !w.isEmpty()).toList());
        while (words.size() > 1 && TRAILING.contains(words.getLast())) {
            words.removeLast();
        }
        return words;
    }
}
