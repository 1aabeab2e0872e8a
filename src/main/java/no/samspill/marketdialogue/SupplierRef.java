package no.samspill.marketdialogue;

/** A supplier tenant the buyer can invite. */
public record SupplierRef(long tenantId, String name) {
}
