package no.samspill.steeringgroup.ui;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import no.samspill.tenancy.TenantSummary;

/**
 * The statutes a case paper may be exempt from public access under, by the tenant's country: a Danish region
 * works under offentlighedsloven, a Norwegian one under offentleglova. The lists are in the bundles
 * (steering.paper.statutes.NO/DK), in the statute's own words, so every language offers the same.
 */
record Statutes(String country) implements Serializable {

    /** The tenant's country; one the bundles have no list for falls back on the tenant's language. */
    static Statutes of(TenantSummary tenant) {
        return new Statutes(switch (tenant.country()) {
            case "NO", "DK" -> tenant.country();
            default -> "da".equals(tenant.defaultLanguage()) ? "DK" : "NO";
        });
    }

    List<String> list(com.vaadin.flow.component.Component reader) {
        return Arrays.stream(reader.getTranslation("steering.paper.statutes." + country).split(";"))
                .map(String::strip).toList();
    }
}
