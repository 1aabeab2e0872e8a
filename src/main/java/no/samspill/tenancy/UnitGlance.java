package no.samspill.tenancy;

import java.util.List;

/** The first units of a tenant by name, and how many it has in all. */
public record UnitGlance(List<UnitSummary> first, long total) {

    public UnitGlance {
        first = List.copyOf(first);
    }

    /** How many are not among the first. */
    public long more() {
        return total - first.size();
    }
}
