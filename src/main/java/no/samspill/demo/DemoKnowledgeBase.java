package no.samspill.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import no.samspill.knowledgebase.ImportReport;
import no.samspill.knowledgebase.KnowledgeImportService;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.SystemActor;
import no.samspill.platform.security.TenantGrant;
import org.springframework.stereotype.Component;

/**
 * The Danish regions' case collection (seed 004), shipped as demo data, imported by Region Midtjylland as a
 * published collection through the same import a region uses. The import is idempotent: a second start finds every
 * case unchanged and adds nothing.
 */
@Component
class DemoKnowledgeBase {

    static final String FILE = "/demo/value-based-cases-da.txt";

    private final KnowledgeImportService imports;

    DemoKnowledgeBase(KnowledgeImportService imports) {
        this.imports = imports;
    }

    int seed(TenantGrant regionAdmin) {
        byte[] content;
        try (InputStream in = DemoKnowledgeBase.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing demo file " + FILE);
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TenantGrant lead = new TenantGrant(regionAdmin.tenantId(), regionAdmin.tenantName(), regionAdmin.zone(),
                Set.of(Role.PROCUREMENT_LEAD), regionAdmin.buyer());
        ImportReport report = SystemActor.callAs(lead, () -> imports.importCases(FILE, content, true));
        return report.created();
    }
}
