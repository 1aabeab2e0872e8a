package no.samspill.tenancy;

/** What a tenant is: a buyer (region or national procurement body) or a supplier. */
public enum TenantKind {
    REGION,
    PROCUREMENT_BODY,
    SUPPLIER;

    public boolean isBuyer() {
        return this != SUPPLIER;
    }
}
