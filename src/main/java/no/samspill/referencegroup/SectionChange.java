package no.samspill.referencegroup;

/** How a section differs from the same-numbered section of the previous version. */
public enum SectionChange {
    UNCHANGED, CHANGED, ADDED
}
