package no.samspill.referencegroup;

/** A reference group serves one procurement project; a product council a whole category (e.g. BHM). */
public enum GroupKind {
    REFERENCE_GROUP,
    PRODUCT_COUNCIL
}
