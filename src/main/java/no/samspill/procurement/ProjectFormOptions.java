package no.samspill.procurement;

import java.time.ZoneId;
import java.util.List;
import no.samspill.identity.Colleague;
import no.samspill.tenancy.UnitSummary;

/** What the project form may offer in the active tenant. */
public record ProjectFormOptions(List<Colleague> leads, List<UnitSummary> units, String currency,
        String suggestedReference, ZoneId zone) {

    public ProjectFormOptions {
        leads = List.copyOf(leads);
        units = List.copyOf(units);
    }
}
