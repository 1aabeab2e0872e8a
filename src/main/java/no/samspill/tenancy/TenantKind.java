package no.samspill.tenancy;

/** What a tenant is: a buyer (region or national procurement body) or a supplier. */
public enum TenantKind {
    REGION,
    PROCUREMENT_BODY,
    SUPPLIER;

    public boolean isBuyer() {
        return this != SUPPLIER;
    }

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "tenant-kind." + name();
    }
}
