package no.samspill.tenancy;

/** A unit inside a tenant that people represent, such as a health trust (HF) in a Norwegian region. */
public enum UnitKind {
    HEALTH_TRUST,
    HOSPITAL,
    DEPARTMENT,
    OTHER;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "unit-kind." + name();
    }
}
