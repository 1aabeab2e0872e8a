package no.samspill.procurement;

import java.time.ZoneId;
import java.util.List;
import no.samspill.tenancy.UnitSummary;

/**
 * What the project form may offer in the active tenant. Its leads are not among them: the lead picker asks for a
 * page at a time ({@link ProjectService#leadOptions}).
 */
public record ProjectFormOptions(List<UnitSummary> units, String currency, String suggestedReference, ZoneId zone) {

    public ProjectFormOptions {
        units = List.copyOf(units);
    }
}
