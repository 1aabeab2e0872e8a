package no.samspill.referencegroup;

/** A reference group serves one procurement project; a product council a whole category (e.g. BHM). */
public enum GroupKind {
    REFERENCE_GROUP,
    PRODUCT_COUNCIL;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "group.kind." + name();
    }
}
